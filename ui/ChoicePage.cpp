#include "ChoicePage.h"

#include "Instrument.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "UiText.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxm::ui {

ChoicePage::ChoicePage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Choice);
    setObjectName(QStringLiteral("choicePage_%1").arg(qs(worksheetId)));
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, *m_worksheet);
    m_noStages = new QLabel(tr("Define the journey's stages first (step \"Your Customer Journey\")."), this);
    m_noStages->setObjectName(QStringLiteral("noStages"));
    m_noStages->setWordWrap(true);
    layout->addWidget(m_noStages);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
}

void ChoicePage::rebuild()
{
    m_rows.clear();
    retire(m_scroll->takeWidget());
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(12);
    const Worksheet &ws = *m_worksheet;
    const Session &s = m_controller->session();
    const bool perStage = ws.scope == WorksheetScope::Stage;
    const bool writable = !m_controller->isReadOnly();
    const int options = static_cast<int>(ws.items.size());

    // The steps as a staircase: each one a little higher than the one before it.
    const int riser = fontMetrics().height() * 2;
    for (int o = 0; o < options; ++o) {
        const Item &option = ws.items[static_cast<std::size_t>(o)];
        auto *step = new QLabel(content);
        step->setObjectName(QStringLiteral("option_%1").arg(qs(option.id)));
        step->setTextFormat(Qt::RichText);
        step->setWordWrap(true);
        step->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        step->setFrameShape(QFrame::StyledPanel);
        step->setText(QStringLiteral("<b>%1</b>%2")
                          .arg(qs(option.title).toHtmlEscaped(),
                               option.description.empty()
                                   ? QString()
                                   : QStringLiteral("<br><small>%1</small>")
                                         .arg(qs(option.description)
                                                  .toHtmlEscaped()
                                                  .replace(QLatin1Char('\n'), QStringLiteral("<br>")))));
        step->setMinimumHeight(riser * (o + 2));
        step->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
        step->setBackgroundRole(QPalette::AlternateBase);
        step->setAutoFillBackground(true);
        grid->addWidget(step, 0, o + 1, Qt::AlignBottom);
    }
    grid->setColumnStretch(options + 1, 1);

    const auto addRow = [&](int r, const QString &title, const std::string &scope) {
        Row row{scope};
        auto *label = new QLabel(title, content);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
        grid->addWidget(label, r, 0);
        row.group = new QButtonGroup(content);
        row.group->setExclusive(true);
        for (int o = 0; o < options; ++o) {
            const Item &option = ws.items[static_cast<std::size_t>(o)];
            auto *button = new QRadioButton(content);
            button->setObjectName(QStringLiteral("choice_%1_%2").arg(qs(scope), qs(option.id)));
            button->setAutoExclusive(false); // the group makes each row exclusive, not the parent
            button->setAccessibleName(tr("%1: %2").arg(title, qs(option.title)));
            button->setToolTip(qs(option.title));
            button->setEnabled(writable);
            row.group->addButton(button, o);
            grid->addWidget(button, r, o + 1, Qt::AlignHCenter);
        }
        auto *notes = new QHBoxLayout;
        row.note = new QLineEdit(content);
        row.note->setObjectName(QStringLiteral("choiceNote_%1").arg(qs(scope)));
        row.note->setPlaceholderText(tr("Why here? (optional)"));
        row.note->setAccessibleName(tr("Note on %1").arg(title));
        row.clear = new QToolButton(content);
        row.clear->setObjectName(QStringLiteral("choiceClear_%1").arg(qs(scope)));
        row.clear->setText(tr("Clear"));
        row.clear->setToolTip(tr("Take %1 off the stairway").arg(title));
        notes->addWidget(row.note, 1);
        notes->addWidget(row.clear);
        grid->addLayout(notes, r, options + 1);
        m_rows.push_back(row);
    };
    if (perStage)
        for (std::size_t i = 0; i < s.stages.size(); ++i)
            addRow(static_cast<int>(i) + 1, tr("Stage %1: %2").arg(i + 1).arg(qs(s.stages[i].name)),
                   s.stages[i].id);
    else
        addRow(1, tr("The company"), {});
    grid->setRowStretch(grid->rowCount(), 1);
    m_scroll->setWidget(content);
    // The rows are fixed until the stages change (m_rows is not resized again): lambdas keep an index.
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        connect(m_rows[i].group, &QButtonGroup::idClicked, this,
                [this, i](int id) { choose(m_rows[i], id); });
        connect(m_rows[i].note, &QLineEdit::editingFinished, this, [this, i] { storeNote(m_rows[i]); });
        connect(m_rows[i].clear, &QToolButton::clicked, this,
                [this, i] { m_controller->setChoice(m_worksheet->id, std::nullopt, m_rows[i].scope); });
    }
}

void ChoicePage::choose(const Row &row, int option)
{
    const Item &chosen = m_worksheet->items.at(static_cast<std::size_t>(option));
    const ChoiceAnswer *before = m_controller->session().findChoice(m_worksheet->id, row.scope);
    m_controller->setChoice(
        m_worksheet->id,
        ChoiceAnswer{m_worksheet->id, chosen.id, before ? before->note : ss(row.note->text()), row.scope},
        row.scope);
    refresh(); // refused or not, the row shows what is stored
}

void ChoicePage::storeNote(const Row &row)
{
    const ChoiceAnswer *c = m_controller->session().findChoice(m_worksheet->id, row.scope);
    if (!c)
        return; // a note waits for the choice it explains (the field is disabled until then)
    ChoiceAnswer changed = *c;
    changed.note = ss(row.note->text());
    m_controller->setChoice(m_worksheet->id, changed, row.scope);
}

void ChoicePage::refresh()
{
    const Session &s = m_controller->session();
    QString structure = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("w");
    for (const auto &stage : s.stages)
        structure += QLatin1Char('|') + qs(stage.id) + QLatin1Char('=') + qs(stage.name);
    const bool perStage = m_worksheet->scope == WorksheetScope::Stage;
    m_noStages->setVisible(perStage && s.stages.empty());
    if (structure != m_structure || m_rows.empty()) {
        m_structure = structure;
        rebuild();
    }
    const bool writable = !m_controller->isReadOnly();
    for (const Row &row : m_rows) {
        const ChoiceAnswer *c = s.findChoice(m_worksheet->id, row.scope);
        const int index = c ? m_worksheet->itemIndex(c->option) : -1;
        row.group->setExclusive(false); // an exclusive group cannot show "not placed yet"
        for (QAbstractButton *b : row.group->buttons()) {
            const QSignalBlocker block(b);
            b->setChecked(row.group->id(b) == index);
        }
        row.group->setExclusive(true);
        const QString note = c ? qs(c->note) : QString();
        if (!row.note->hasFocus() && row.note->text() != note)
            row.note->setText(note);
        row.note->setEnabled(writable && c);
        row.clear->setEnabled(writable && c);
    }
}

void ChoicePage::focusFirstUnanswered()
{
    for (const Row &row : m_rows)
        if (!row.group->checkedButton()) {
            row.group->buttons().front()->setFocus();
            m_scroll->ensureWidgetVisible(row.group->buttons().front());
            return;
        }
}

} // namespace cxm::ui
