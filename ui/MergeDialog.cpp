#include "MergeDialog.h"

#include "ExportActions.h"
#include "Prompt.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "UiText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <filesystem>

namespace cxm::ui {

std::function<QStringList(QWidget *)> MergeDialog::chooseInputs = [](QWidget *parent) {
    return QFileDialog::getOpenFileNames(
        parent, MergeDialog::tr("Sessions to merge"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        MergeDialog::tr("Workbench sessions (*.cxm);;Session documents (*.json)"));
};

std::function<QString(QWidget *, const QString &)> MergeDialog::chooseOutput = [](QWidget *parent,
                                                                                  const QString &suggested) {
    return QFileDialog::getSaveFileName(parent, MergeDialog::tr("Save the merged session as"), suggested,
                                        MergeDialog::tr("Workbench sessions (*.cxm)"));
};

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MergeDialog::MergeDialog(const Instrument &instrument, QWidget *parent)
    : QDialog(parent)
    , m_instrument(instrument)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge sessions"));
    resize(900, 640);
    auto *outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Page 1: the files, the name matches, the conflicts.
    auto *choosing = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(choosing);
    auto *intro =
        new QLabel(tr("Combine sessions collected on several laptops, or by leaders on their own, into "
                      "one workshop. Nothing is dropped: where the sessions disagree you choose, "
                      "and the merge report lists every choice."),
                   choosing);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(heading(tr("Sessions"), choosing));
    auto *fileRow = new QHBoxLayout;
    m_files = new QListWidget(choosing);
    m_files->setObjectName(QStringLiteral("mergeFiles"));
    m_files->setAccessibleName(tr("Sessions to merge"));
    m_files->setMaximumHeight(90);
    fileRow->addWidget(m_files, 1);
    auto *fileButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add sessions…"), choosing);
    add->setObjectName(QStringLiteral("mergeAddFiles"));
    connect(add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    auto *remove = new QPushButton(tr("&Remove"), choosing);
    remove->setObjectName(QStringLiteral("mergeRemoveFile"));
    connect(remove, &QPushButton::clicked, this, &MergeDialog::removeSelected);
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch(1);
    fileRow->addLayout(fileButtons);
    layout->addLayout(fileRow);

    auto *scroll = new QScrollArea(choosing);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_matchesBox = new QWidget(content);
    auto *matchesLayout = new QVBoxLayout(m_matchesBox);
    matchesLayout->setContentsMargins(0, 0, 0, 0);
    matchesLayout->addWidget(heading(tr("The same name in different sessions"), m_matchesBox));
    auto *matchesHelp =
        new QLabel(tr("Tick each pair that is one person. Unticked, they stay two people."), m_matchesBox);
    matchesHelp->setWordWrap(true);
    matchesLayout->addWidget(matchesHelp);
    m_matches = new QVBoxLayout;
    matchesLayout->addLayout(m_matches);
    contentLayout->addWidget(m_matchesBox);

    m_conflictsBox = new QWidget(content);
    auto *conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    conflictsLayout->addWidget(heading(tr("Conflicts: choose the answer to keep"), m_conflictsBox));
    auto *preferRow = new QHBoxLayout;
    auto *first = new QPushButton(tr("Keep the &first session's everywhere"), m_conflictsBox);
    first->setObjectName(QStringLiteral("mergePreferFirst"));
    connect(first, &QPushButton::clicked, this, [this] { preferAll(false); });
    auto *last = new QPushButton(tr("Keep the &last session's everywhere"), m_conflictsBox);
    last->setObjectName(QStringLiteral("mergePreferLast"));
    connect(last, &QPushButton::clicked, this, [this] { preferAll(true); });
    preferRow->addWidget(first);
    preferRow->addWidget(last);
    preferRow->addStretch(1);
    conflictsLayout->addLayout(preferRow);
    m_conflictsArea = new QVBoxLayout;
    conflictsLayout->addLayout(m_conflictsArea);
    contentLayout->addWidget(m_conflictsBox);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(choosing);
    m_status->setObjectName(QStringLiteral("mergeStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    auto *cancel = new QPushButton(tr("Cancel"), choosing);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_save = new QPushButton(tr("&Merge and save…"), choosing);
    m_save->setObjectName(QStringLiteral("mergeSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &MergeDialog::save);
    bottom->addWidget(cancel);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    m_pages->addWidget(choosing);

    // Page 2: the report, once saved.
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    auto *doneLabel = new QLabel(done);
    doneLabel->setObjectName(QStringLiteral("mergeDoneLabel"));
    doneLabel->setWordWrap(true);
    doneLabel->setTextFormat(Qt::PlainText);
    doneLayout->addWidget(doneLabel);
    m_report = new QPlainTextEdit(done);
    m_report->setObjectName(QStringLiteral("mergeReport"));
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Merge report"));
    doneLayout->addWidget(m_report, 1);
    auto *doneButtons = new QDialogButtonBox(done);
    auto *open = doneButtons->addButton(tr("&Open the merged session"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("mergeOpen"));
    doneButtons->addButton(QDialogButtonBox::Close);
    connect(doneButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(doneButtons, &QDialogButtonBox::rejected, this, [this] {
        m_mergedPath.clear(); // closed without opening it
        reject();
    });
    doneLayout->addWidget(doneButtons);
    m_pages->addWidget(done);

    replan();
}

MergeDialog::~MergeDialog() = default;

QString MergeDialog::reportText() const
{
    return m_report->toPlainText();
}

void MergeDialog::chooseFiles()
{
    const QStringList paths = chooseInputs(this);
    if (!paths.isEmpty())
        addFiles(paths);
}

int MergeDialog::addFiles(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths) {
        const std::string p = path.toStdString();
        const bool listed = std::any_of(m_paths.begin(), m_paths.end(), [&](const QString &other) {
            std::error_code ec;
            return QFileInfo(other).absoluteFilePath() == QFileInfo(path).absoluteFilePath() ||
                   std::filesystem::equivalent(other.toStdString(), p, ec);
        });
        if (listed) {
            Prompt::warn(this, tr("Already in the list"),
                         tr("%1 is already one of the sessions to merge; each is merged once.")
                             .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        MergeInput in;
        try {
            if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
                in.session = SessionJson::readFile(p, m_instrument);
            } else {
                const auto file = SessionFile::open(p, SessionFile::Access::ReadOnly, m_instrument);
                in.session = file->read("window.merge");
                in.follows = file->follows();
            }
        } catch (const Error &e) {
            Prompt::warn(
                this, tr("Cannot merge %1").arg(QFileInfo(path).fileName()),
                tr("%1 cannot be read as a session.\n\nReason: %2\n\nNothing in the file was changed.")
                    .arg(QDir::toNativeSeparators(path), qs(e.what())));
            continue;
        }
        m_inputs.push_back(std::move(in));
        m_paths << path;
        ++added;
    }
    if (added > 0)
        replan();
    return added;
}

void MergeDialog::removeSelected()
{
    const int row = m_files->currentRow();
    if (row < 0 || row >= m_paths.size())
        return;
    m_paths.removeAt(row);
    m_inputs.erase(m_inputs.begin() + row);
    m_confirmed.clear();
    replan();
}

void MergeDialog::replan()
{
    // Inputs go by their file name; by their whole path when two share a name.
    for (int i = 0; i < m_paths.size(); ++i) {
        const QString name = QFileInfo(m_paths[i]).fileName();
        const bool shared = std::count_if(m_paths.begin(), m_paths.end(), [&](const QString &p) {
                                return QFileInfo(p).fileName() == name;
                            }) > 1;
        m_inputs[static_cast<std::size_t>(i)].label =
            (shared ? QDir::toNativeSeparators(m_paths[i]) : name).toStdString();
    }
    m_files->clear();
    for (const auto &in : m_inputs) {
        const auto n = in.session.participants.size();
        m_files->addItem(tr("%1 (%n participant(s))", nullptr, static_cast<int>(n)).arg(qs(in.label)));
    }
    m_plan = m_inputs.empty() ? MergePlan{} : planMerge(m_inputs, m_instrument, m_confirmed);
    rebuildMatches();
    rebuildConflicts();
    refreshState();
}

void MergeDialog::rebuildMatches()
{
    // A tick box replans from inside its own signal: the old ones go once it has returned.
    while (QLayoutItem *item = m_matches->takeAt(0)) {
        retire(item->widget());
        delete item;
    }
    for (std::size_t m = 0; m < m_plan.nameMatches.size(); ++m) {
        const NameMatch &match = m_plan.nameMatches[m];
        QStringList sides;
        for (const auto &side : match.sides) {
            QStringList where;
            for (const auto &s : side)
                where << tr("%1, %2").arg(qs(m_plan.labels[s.input]), qs(s.id));
            sides << tr("%1 (%2)").arg(qs(match.name), where.join(QStringLiteral("; ")));
        }
        auto *box = new QCheckBox(sides.join(QStringLiteral(" = ")), m_matchesBox);
        box->setObjectName(QStringLiteral("nameMatch%1").arg(m + 1));
        box->setChecked(match.confirmed);
        connect(box, &QCheckBox::toggled, this, [this, m](bool on) {
            if (on)
                m_confirmed.insert(m);
            else
                m_confirmed.erase(m);
            replan();
        });
        m_matches->addWidget(box);
    }
    m_matchesBox->setVisible(!m_plan.nameMatches.empty());
}

void MergeDialog::rebuildConflicts()
{
    retire(m_conflictsHolder);
    m_choices.clear();
    m_conflictsHolder = new QWidget(m_conflictsBox);
    auto *grid = new QGridLayout(m_conflictsHolder);
    grid->setContentsMargins(0, 0, 0, 0);
    std::size_t columns = 2;
    for (const auto &c : m_plan.conflicts)
        columns = std::max(columns, c.sides.size());
    for (std::size_t k = 0; k < m_plan.conflicts.size(); ++k) {
        const MergeConflict &c = m_plan.conflicts[k];
        QString who;
        if (c.kind == ConflictKind::PersonAnswer) {
            const Participant *p = m_plan.merged.findParticipant(c.person);
            who = p ? shortName(qs(p->name)) : qs(c.person);
        } else if (c.kind == ConflictKind::TeamAnswer) {
            who = tr("The team");
        } else {
            who = tr("The journey");
        }
        const int row = static_cast<int>(k) * 3;
        auto *rule = new QFrame(m_conflictsHolder);
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        grid->addWidget(rule, row, 0, 1, static_cast<int>(columns));
        auto *question = new QLabel(tr("%1. %2: %3").arg(k + 1).arg(who, qs(c.question)), m_conflictsHolder);
        question->setObjectName(QStringLiteral("conflict%1").arg(k + 1));
        question->setTextFormat(Qt::PlainText);
        question->setWordWrap(true);
        grid->addWidget(question, row + 1, 0, 1, static_cast<int>(columns));
        auto *group = new QButtonGroup(m_conflictsHolder);
        for (std::size_t s = 0; s < c.sides.size(); ++s) {
            QStringList from;
            for (std::size_t i : c.sides[s].inputs)
                from << qs(m_plan.labels[i]);
            auto *radio = new QRadioButton(
                tr("%1: %2\n(%3)")
                    .arg(qs(sideLetter(s)), qs(c.sides[s].words), from.join(QStringLiteral(", "))),
                m_conflictsHolder);
            radio->setObjectName(QStringLiteral("conflict%1Side%2").arg(k + 1).arg(qs(sideLetter(s))));
            radio->setToolTip(richTextOf(qs(c.sides[s].words)));
            group->addButton(radio, static_cast<int>(s));
            grid->addWidget(radio, row + 2, static_cast<int>(s));
        }
        connect(group, &QButtonGroup::idClicked, this, &MergeDialog::refreshState);
        m_choices.push_back(group);
    }
    for (int col = 0; col < static_cast<int>(columns); ++col)
        grid->setColumnStretch(col, 1);
    m_conflictsArea->addWidget(m_conflictsHolder);
    m_conflictsBox->setVisible(!m_plan.conflicts.empty());
}

void MergeDialog::preferAll(bool last)
{
    const MergeChoices sides = preferSides(m_plan, last);
    for (std::size_t k = 0; k < sides.size() && k < m_choices.size(); ++k)
        if (QAbstractButton *b = m_choices[k]->button(static_cast<int>(sides[k])))
            b->setChecked(true);
    refreshState();
}

void MergeDialog::refreshState()
{
    const int open = static_cast<int>(std::count_if(m_choices.begin(), m_choices.end(),
                                                    [](QButtonGroup *g) { return g->checkedId() < 0; }));
    if (m_inputs.size() < 2)
        m_status->setText(tr("Add at least two sessions."));
    else if (open > 0)
        m_status->setText(tr("%n conflict(s) still to choose.", nullptr, static_cast<int>(open)));
    else
        m_status->setText(tr("Ready: the merged session has %n participant(s).", nullptr,
                             static_cast<int>(m_plan.merged.participants.size())));
    m_save->setEnabled(m_inputs.size() >= 2 && open == 0);
}

void MergeDialog::save()
{
    MergeChoices choices;
    for (QButtonGroup *g : m_choices) {
        if (g->checkedId() < 0)
            return;
        choices.push_back(static_cast<std::size_t>(g->checkedId()));
    }
    const QString folder = QFileInfo(m_paths.value(0)).absolutePath();
    const QString path = withSuffix(chooseOutput(this, QDir(folder).filePath(tr("merged-workshop.cxm"))),
                                    QStringLiteral("cxm"));
    if (path.isEmpty())
        return;
    for (const QString &input : m_paths) {
        std::error_code ec;
        if (QFileInfo(input).absoluteFilePath() == QFileInfo(path).absoluteFilePath() ||
            std::filesystem::equivalent(input.toStdString(), path.toStdString(), ec)) {
            Prompt::warn(this, tr("Choose another file"),
                         tr("%1 is one of the sessions being merged; it is never written over. Save the "
                            "merged session under another name.")
                             .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    MergeResult result;
    try {
        result = applyMerge(m_plan, choices, m_instrument);
        SessionFile::write(path.toStdString(), m_instrument, result.session, true, systemClock,
                           Lineage{{}, m_plan.follows});
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot save %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return;
    }
    m_mergedPath = path;
    const QString text = qs(result.report.text());
    m_report->setPlainText(text);
    // The report is kept beside the merged session, so the choices can be looked up later.
    const QFileInfo saved(path);
    m_reportPath = saved.absoluteDir().filePath(saved.completeBaseName() + tr("-merge-report.txt"));
    QSaveFile report(m_reportPath);
    const QByteArray bytes = text.toUtf8();
    auto *doneLabel = findChild<QLabel *>(QStringLiteral("mergeDoneLabel"));
    if (report.open(QIODevice::WriteOnly) && report.write(bytes) == bytes.size() && report.commit()) {
        doneLabel->setText(tr("The merged session is saved as %1, and this report as %2.")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_reportPath)));
    } else {
        doneLabel->setText(tr("The merged session is saved as %1. The report below could not be saved "
                              "beside it (%2): copy it from here.")
                               .arg(QDir::toNativeSeparators(path), report.errorString()));
        m_reportPath.clear();
    }
    m_pages->setCurrentIndex(1);
}

} // namespace cxm::ui
