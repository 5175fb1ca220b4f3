#include "TrackedPage.h"

#include "AbsenceButton.h"
#include "TeamAnswerBox.h"
#include "Instrument.h"
#include "PageHeading.h"
#include "Progress.h"
#include "SessionController.h"
#include "UiText.h"

#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

QString rowKey(const std::string &item, const std::string &participant)
{
    return participant.empty() ? qs(item) + QStringLiteral("_team")
                               : qs(item) + QLatin1Char('_') + qs(participant);
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

TrackedPage::TrackedPage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheetId(worksheetId)
{
    setObjectName(QStringLiteral("trackedPage_%1").arg(qs(worksheetId)));
    const Worksheet &ws = worksheet();
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, ws);
    auto *bar = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_absence = new AbsenceButton(controller, worksheetId, this);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_absence);
    layout->addLayout(bar);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("trackedRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    // Built when first shown (MainWindow::setStep refreshes a page before showing it).
}

const Worksheet &TrackedPage::worksheet() const
{
    return *m_controller->instrument().findWorksheet(m_worksheetId);
}

void TrackedPage::refresh()
{
    // The widgets depend on who answers (and whether the file can be changed); the answers only
    // change what they show, so a click or a name does not rebuild the page under the pointer.
    QString structure = m_controller->isWorkshop() ? QStringLiteral("w") : QStringLiteral("s");
    structure += m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    for (const Participant &p : m_controller->session().participants)
        structure += QLatin1Char('|') + qs(p.id) + QLatin1Char(':') + qs(p.name);
    if (!m_content || structure != m_structure) {
        m_structure = structure;
        rebuild();
    }
    update();
}

void TrackedPage::rebuild()
{
    retire(m_content);
    m_items.clear();
    m_rows.clear();
    m_minimum = nullptr;
    const Worksheet &ws = worksheet();
    m_content = new QWidget;
    auto *column = new QVBoxLayout(m_content);
    bool namedHeading = false;
    for (const Item &item : ws.items) {
        if (item.named && !namedHeading) {
            namedHeading = true;
            auto *title = new QLabel(qs(ws.namedTitle), m_content);
            title->setTextFormat(Qt::PlainText);
            title->setFont(scaled(title->font(), 1.2, true));
            column->addWidget(title);
            m_minimum = new QLabel(m_content);
            m_minimum->setObjectName(QStringLiteral("namedMinimum"));
            m_minimum->setWordWrap(true);
            column->addWidget(m_minimum);
        }
        column->addWidget(buildItem(item.id, m_content));
    }
    column->addStretch();
    m_scroll->setWidget(m_content);
}

QWidget *TrackedPage::buildItem(const std::string &itemId, QWidget *parent)
{
    const Worksheet &ws = worksheet();
    const Item &item = *ws.findItem(itemId);
    const bool editable = !m_controller->isReadOnly();
    auto *box = new QGroupBox(item.named ? QString() : qs(item.title), parent);
    box->setObjectName(QStringLiteral("metric_%1").arg(qs(item.id)));
    auto *boxLayout = new QVBoxLayout(box);
    ItemWidgets w;
    w.item = item.id;
    w.named = item.named;
    if (item.named) {
        w.name = new QLineEdit(box);
        w.name->setObjectName(QStringLiteral("name_%1").arg(qs(item.id)));
        w.name->setPlaceholderText(qs(item.title));
        w.name->setAccessibleName(qs(item.title));
        w.name->setClearButtonEnabled(true);
        w.name->setReadOnly(!editable);
        QStringList suggestions;
        for (const std::string &s : ws.suggestions)
            suggestions << qs(s);
        auto *completer = new QCompleter(suggestions, w.name);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        w.name->setCompleter(completer);
        if (!suggestions.isEmpty())
            w.name->setToolTip(tr("The workbook's examples: %1").arg(suggestions.join(QStringLiteral("; "))));
        connect(w.name, &QLineEdit::editingFinished, this, [this, edit = w.name, id = item.id] {
            m_controller->setItemName(id, ss(singleLine(edit->text())));
        });
        boxLayout->addWidget(w.name);
    }
    w.answers = new QWidget(box);
    auto *grid = new QGridLayout(w.answers);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(4, 1);
    int row = 0;
    const Session &s = m_controller->session();
    if (m_controller->isWorkshop()) {
        for (const Participant &p : s.participants)
            addAnswerRow(grid, row++, item.id, p.id, shortName(qs(p.name)), w.answers);
        if (s.participants.empty())
            grid->addWidget(new QLabel(tr("Add participants in Setup first."), w.answers), row++, 0, 1, 4);
        addAnswerRow(grid, row++, item.id, std::string(), tr("Team"), w.answers);
    } else if (!s.participants.empty()) {
        addAnswerRow(grid, row++, item.id, s.participants.front().id, tr("Your answer"), w.answers);
    }
    boxLayout->addWidget(w.answers);
    m_items.push_back(w);
    return box;
}

void TrackedPage::addAnswerRow(QGridLayout *grid, int row, const std::string &item,
                               const std::string &participant, const QString &label, QWidget *parent)
{
    const Worksheet &ws = worksheet();
    const bool editable = !m_controller->isReadOnly();
    const QString key = rowKey(item, participant);
    AnswerRow r;
    r.item = item;
    r.participant = participant;
    auto *name = new QLabel(label, parent);
    name->setTextFormat(Qt::PlainText);
    if (participant.empty())
        name->setFont(scaled(name->font(), 1.0, true));
    grid->addWidget(name, row, 0);
    const auto answerButton = [&](Answer answer, const std::string &text, const char *suffix) {
        auto *button = new QPushButton(qs(text), parent);
        button->setObjectName(QStringLiteral("tracked_%1_%2").arg(key, QLatin1String(suffix)));
        button->setCheckable(true);
        button->setEnabled(editable);
        button->setAccessibleName(tr("%1: %2").arg(label, qs(text)));
        // A second click on the chosen answer takes it back.
        connect(button, &QPushButton::clicked, this, [this, item, participant, answer](bool checked) {
            change(item, participant,
                   [&](std::optional<Answer> &tracked, std::optional<int> &, std::string &) {
                       tracked = checked ? std::optional<Answer>(answer) : std::nullopt;
                   });
        });
        return button;
    };
    r.yes = answerButton(Answer::Yes, ws.yesLabel, "yes");
    r.no = answerButton(Answer::No, ws.noLabel, "no");
    grid->addWidget(r.yes, row, 1);
    grid->addWidget(r.no, row, 2);
    r.difficulty = new TeamAnswerBox(parent);
    r.difficulty->setObjectName(QStringLiteral("difficulty_%1").arg(key));
    r.difficulty->setAccessibleName(tr("%1: %2").arg(label, qs(ws.barometerTitle)));
    r.difficulty->setToolTip(qs(ws.barometerTitle));
    r.difficulty->addItem(tr("Difficulty: not given"));
    for (const std::string &l : ws.barometer)
        r.difficulty->addItem(qs(l));
    r.difficulty->setEnabled(editable);
    connect(r.difficulty, &QComboBox::activated, this, [this, item, participant](int index) {
        change(item, participant,
               [&](std::optional<Answer> &, std::optional<int> &difficulty, std::string &) {
                   difficulty = index == 0 ? std::nullopt : std::optional<int>(index);
               });
    });
    grid->addWidget(r.difficulty, row, 3);
    if (participant.empty()) {
        r.note = new QLineEdit(parent);
        r.note->setObjectName(QStringLiteral("note_%1").arg(qs(item)));
        r.note->setPlaceholderText(tr("Team note"));
        r.note->setAccessibleName(tr("Team note"));
        r.note->setReadOnly(!editable);
        connect(r.note, &QLineEdit::editingFinished, this, [this, item, edit = r.note] {
            change(item, std::string(),
                   [&](std::optional<Answer> &, std::optional<int> &, std::string &note) {
                       note = ss(singleLine(edit->text()));
                   });
        });
        grid->addWidget(r.note, row, 4);
    }
    m_rows.push_back(r);
}

void TrackedPage::change(
    const std::string &item, const std::string &participant,
    const std::function<void(std::optional<Answer> &, std::optional<int> &, std::string &)> &edit)
{
    const Session &s = m_controller->session();
    if (participant.empty()) {
        TrackedConsensus c;
        if (const TrackedConsensus *before = s.findTrackedConsensus(item))
            c = *before;
        edit(c.tracked, c.difficulty, c.note);
        const bool empty = !c.tracked && !c.difficulty && c.note.empty();
        m_controller->setTrackedConsensus(item, empty ? std::nullopt : std::optional<TrackedConsensus>(c));
    } else {
        TrackedAnswer a;
        if (const TrackedAnswer *before = s.findTracked(participant, item))
            a = *before;
        edit(a.tracked, a.difficulty, a.note);
        const bool empty = !a.tracked && !a.difficulty && a.note.empty();
        m_controller->setTracked(participant, item, empty ? std::nullopt : std::optional<TrackedAnswer>(a));
    }
    // A refused edit leaves the buttons as clicked: show what is stored.
    update();
}

void TrackedPage::update()
{
    const Session &s = m_controller->session();
    const Worksheet &ws = worksheet();
    m_absence->setVisible(m_controller->isWorkshop());
    m_absence->refresh();
    const StepProgress progress = Progress(s, m_controller->instrument()).step(m_worksheetId);
    m_progress->setText(progress.expected > 0 ? progressText(progress) : QString());
    int named = 0;
    for (ItemWidgets &w : m_items) {
        if (!w.named)
            continue;
        const QString name = qs(s.itemName(w.item));
        named += name.isEmpty() ? 0 : 1;
        if (w.name->text() != name && !w.name->hasFocus()) {
            const QSignalBlocker block(w.name);
            w.name->setText(name);
        }
        w.answers->setVisible(!name.isEmpty());
    }
    if (m_minimum) {
        const int slotCount = static_cast<int>(
            std::count_if(ws.items.begin(), ws.items.end(), [](const Item &i) { return i.named; }));
        m_minimum->setText(
            tr("Name at least %1 (the workbook asks for %1-%2).").arg(ws.namedMinimum).arg(slotCount));
        m_minimum->setVisible(named < ws.namedMinimum);
    }
    for (const AnswerRow &r : m_rows) {
        std::optional<Answer> tracked;
        std::optional<int> difficulty;
        QString note;
        if (r.participant.empty()) {
            if (const TrackedConsensus *c = s.findTrackedConsensus(r.item)) {
                tracked = c->tracked;
                difficulty = c->difficulty;
                note = qs(c->note);
            }
        } else if (const TrackedAnswer *a = s.findTracked(r.participant, r.item)) {
            tracked = a->tracked;
            difficulty = a->difficulty;
        }
        // The chosen answer carries a tick as well as the pressed look, which a projector washes out.
        const auto mark = [](QPushButton *button, bool chosen, const std::string &label) {
            button->setChecked(chosen);
            button->setText(chosen ? tr("✓ %1").arg(qs(label)) : qs(label));
        };
        mark(r.yes, tracked == Answer::Yes, ws.yesLabel);
        mark(r.no, tracked == Answer::No, ws.noLabel);
        const QSignalBlocker block(r.difficulty);
        r.difficulty->setCurrentIndex(difficulty.value_or(0));
        if (r.note && !r.note->hasFocus() && r.note->text() != note) {
            const QSignalBlocker blockNote(r.note);
            r.note->setText(note);
        }
    }
}

void TrackedPage::focusFirstUnanswered()
{
    const Session &s = m_controller->session();
    for (const ItemWidgets &w : m_items) {
        if (w.named && s.itemName(w.item).empty()) {
            w.name->setFocus();
            return;
        }
    }
    for (const AnswerRow &r : m_rows) {
        if (r.participant.empty() || !r.yes->isVisibleTo(this))
            continue;
        const TrackedAnswer *a = s.findTracked(r.participant, r.item);
        if (!a || !a->tracked) {
            r.yes->setFocus();
            m_scroll->ensureWidgetVisible(r.yes);
            return;
        }
    }
}

} // namespace cxm::ui
