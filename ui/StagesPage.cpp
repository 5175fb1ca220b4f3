#include "StagesPage.h"

#include "Instrument.h"
#include "Prompt.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "UiText.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxm::ui {

namespace {

std::vector<std::string> lines(const QString &text)
{
    std::vector<std::string> out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.push_back(line.trimmed().toStdString());
    return out;
}

QString joined(const std::vector<std::string> &questions)
{
    QStringList out;
    for (const auto &q : questions)
        out << qs(q);
    return out.join(QLatin1Char('\n'));
}

} // namespace

StagesPage::StagesPage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheetId(worksheetId)
{
    setObjectName(QStringLiteral("stagesPage_%1").arg(qs(worksheetId)));
    const Worksheet &ws = worksheet();
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, ws);
    // The workbook's three headings once, in its words; each stage's fields carry short labels.
    auto *legend =
        new QLabel(tr("<b>As customers live it</b>: %1<br><b>Replaces</b>: %2<br><b>Questions</b>: %3")
                       .arg(qs(ws.nameLabel).toHtmlEscaped(), qs(ws.replacesLabel).toHtmlEscaped(),
                            qs(ws.questionsLabel).toHtmlEscaped()),
                   this);
    legend->setObjectName(QStringLiteral("stagesLegend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    layout->addWidget(legend);
    auto *bar = new QHBoxLayout;
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("stagesHint"));
    m_hint->setWordWrap(true);
    bar->addWidget(m_hint, 1);
    m_template = new QPushButton(tr("Start from the workbook's journey"), this);
    m_template->setObjectName(QStringLiteral("useTemplate"));
    m_template->setToolTip(tr("Research, Decision, Selection, Installation, Usage, Relationship, with the "
                              "workbook's questions; rename and change them to fit your customers."));
    bar->addWidget(m_template);
    m_add = new QPushButton(tr("Add stage"), this);
    m_add->setObjectName(QStringLiteral("addStage"));
    bar->addWidget(m_add);
    layout->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stageRows"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    m_rows = new QVBoxLayout(content);
    m_rows->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_template, &QPushButton::clicked, this,
            [this] { m_controller->addStages(worksheet().templateStages); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto before = m_controller->session().stages.size();
        if (m_controller->addStages({StageTemplate{ss(tr("New stage")), {}, {}}}) &&
            m_controller->session().stages.size() > before) {
            refresh();
            if (!m_stageRows.empty()) {
                m_stageRows.back().name->setFocus();
                m_stageRows.back().name->selectAll();
            }
        }
    });
}

const Worksheet &StagesPage::worksheet() const
{
    return *m_controller->instrument().findWorksheet(m_worksheetId);
}

void StagesPage::rebuild()
{
    for (Row &row : m_stageRows)
        retire(row.name->parentWidget());
    m_stageRows.clear();
    const auto &stages = m_controller->session().stages;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const Stage &stage = stages[i];
        Row row;
        row.id = stage.id;
        const QString id = qs(stage.id);
        auto *box = new QGroupBox(m_rows->parentWidget());
        box->setObjectName(QStringLiteral("stage_") + id);
        auto *grid = new QGridLayout(box);
        row.number = new QLabel(box);
        QFont bold = row.number->font();
        bold.setBold(true);
        row.number->setFont(bold);
        grid->addWidget(row.number, 0, 0);
        auto *nameLabel = new QLabel(tr("As customers live it"), box);
        nameLabel->setWordWrap(true);
        grid->addWidget(nameLabel, 0, 1);
        row.name = new QLineEdit(box);
        row.name->setObjectName(QStringLiteral("stageName_") + id);
        nameLabel->setBuddy(row.name);
        grid->addWidget(row.name, 1, 1);
        auto *replacesLabel = new QLabel(tr("Replaces (company-centric)"), box);
        replacesLabel->setWordWrap(true);
        grid->addWidget(replacesLabel, 0, 2);
        row.replaces = new QLineEdit(box);
        row.replaces->setObjectName(QStringLiteral("stageReplaces_") + id);
        row.replaces->setPlaceholderText(tr("e.g. Prospect, Pitch, Close, Service, Resell"));
        replacesLabel->setBuddy(row.replaces);
        grid->addWidget(row.replaces, 1, 2);
        auto *questionsLabel = new QLabel(tr("The customer's questions (one per line)"), box);
        questionsLabel->setWordWrap(true);
        grid->addWidget(questionsLabel, 2, 1, 1, 2);
        row.questions = new QPlainTextEdit(box);
        row.questions->setObjectName(QStringLiteral("stageQuestions_") + id);
        row.questions->setTabChangesFocus(true);
        row.questions->setFixedHeight(row.questions->fontMetrics().lineSpacing() * 3 + 12);
        row.questions->installEventFilter(this);
        questionsLabel->setBuddy(row.questions);
        grid->addWidget(row.questions, 3, 1, 1, 2);
        auto *buttons = new QVBoxLayout;
        row.up = new QToolButton(box);
        row.up->setArrowType(Qt::UpArrow);
        row.up->setObjectName(QStringLiteral("stageUp_") + id);
        row.up->setToolTip(tr("Move this stage earlier in the journey"));
        row.down = new QToolButton(box);
        row.down->setArrowType(Qt::DownArrow);
        row.down->setObjectName(QStringLiteral("stageDown_") + id);
        row.down->setToolTip(tr("Move this stage later in the journey"));
        row.remove = new QToolButton(box);
        row.remove->setText(tr("Remove"));
        row.remove->setObjectName(QStringLiteral("stageRemove_") + id);
        buttons->addWidget(row.up);
        buttons->addWidget(row.down);
        buttons->addWidget(row.remove);
        buttons->addStretch();
        grid->addLayout(buttons, 0, 3, 4, 1);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        m_rows->insertWidget(m_rows->count() - 1, box);

        const std::string sid = stage.id;
        connect(row.name, &QLineEdit::editingFinished, this, [this, sid] {
            for (const Row &r : m_stageRows)
                if (r.id == sid)
                    store(r);
        });
        connect(row.replaces, &QLineEdit::editingFinished, this, [this, sid] {
            for (const Row &r : m_stageRows)
                if (r.id == sid)
                    store(r);
        });
        connect(row.up, &QToolButton::clicked, this, [this, sid] { m_controller->moveStage(sid, -1); });
        connect(row.down, &QToolButton::clicked, this, [this, sid] { m_controller->moveStage(sid, 1); });
        connect(row.remove, &QToolButton::clicked, this, [this, sid] { removeStage(sid); });
        m_stageRows.push_back(row);
    }
}

// The questions are stored when the box loses the keyboard, as a line edit stores on Return or Tab.
bool StagesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (const Row &r : m_stageRows)
            if (r.questions == watched)
                store(r);
    return StepPage::eventFilter(watched, event);
}

void StagesPage::store(const Row &row)
{
    const Stage *now = m_controller->session().findStage(row.id);
    if (!now)
        return;
    Stage stage = *now;
    const QString name = row.name->text().trimmed();
    if (!name.isEmpty())
        stage.name = name.toStdString();
    else
        row.name->setText(qs(now->name)); // a stage keeps a name
    stage.replaces = row.replaces->text().trimmed().toStdString();
    stage.questions = lines(row.questions->toPlainText());
    m_controller->updateStage(stage);
}

void StagesPage::removeStage(const std::string &id)
{
    const Session &s = m_controller->session();
    const Stage *stage = s.findStage(id);
    if (!stage)
        return;
    const int answers = s.answersAboutStage(id);
    if (answers > 0 &&
        !Prompt::confirm(this, tr("Remove stage"),
                         tr("\"%1\" has %n answer(s) about it. Remove the stage and its answers?\n\nYou can "
                            "undo this with Edit → Undo.",
                            nullptr, answers)
                             .arg(qs(stage->name))))
        return;
    m_controller->removeStage(id);
}

void StagesPage::refresh()
{
    const Session &s = m_controller->session();
    std::vector<std::string> ids;
    for (const auto &stage : s.stages)
        ids.push_back(stage.id);
    if (ids != m_structure) {
        m_structure = ids;
        rebuild();
    }
    const Worksheet &ws = worksheet();
    const bool writable = !m_controller->isReadOnly();
    for (std::size_t i = 0; i < m_stageRows.size(); ++i) {
        const Row &row = m_stageRows[i];
        const Stage *stage = s.findStage(row.id);
        if (!stage)
            continue;
        row.number->setText(tr("Stage %1").arg(i + 1));
        // What is being typed is not overwritten; everything else shows what is stored.
        // Only what changed is set: setting a text edit's text lays it out anew on every refresh.
        if (!row.name->hasFocus() && row.name->text() != qs(stage->name))
            row.name->setText(qs(stage->name));
        if (!row.replaces->hasFocus() && row.replaces->text() != qs(stage->replaces))
            row.replaces->setText(qs(stage->replaces));
        if (const QString questions = joined(stage->questions);
            !row.questions->hasFocus() && row.questions->toPlainText() != questions)
            row.questions->setPlainText(questions);
        row.name->setReadOnly(!writable);
        row.replaces->setReadOnly(!writable);
        row.questions->setReadOnly(!writable);
        row.up->setEnabled(writable && i > 0);
        row.down->setEnabled(writable && i + 1 < m_stageRows.size());
        row.remove->setEnabled(writable);
    }
    const int count = static_cast<int>(s.stages.size());
    m_template->setVisible(count == 0);
    m_template->setEnabled(writable);
    m_add->setEnabled(writable && count < ws.stageMaximum);
    if (count < ws.stageMinimum)
        m_hint->setText(tr("Define at least %1 stages (the workbook suggests %1 to %2).")
                            .arg(ws.stageMinimum)
                            .arg(ws.stageMaximum));
    else if (count >= ws.stageMaximum)
        m_hint->setText(tr("%1 stages: the most the workbook suggests.").arg(count));
    else
        m_hint->setText(tr("%1 stages. Rename them as your customers would, and write the questions each "
                           "stage must answer.")
                            .arg(count));
}

void StagesPage::focusFirstUnanswered()
{
    if (m_stageRows.empty())
        (m_template->isVisible() ? m_template : m_add)->setFocus();
    else
        m_stageRows.front().name->setFocus();
}

} // namespace cxm::ui
