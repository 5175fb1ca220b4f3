// File → Merge Sessions…: sessions collected on several laptops, or by leaders alone, merged into
// one workshop (core: Merge.h). The facilitator picks the files, confirms each match of the same
// name under different ids (a checkbox each), chooses a side of every conflict (the answers side by
// side, a radio button each), then saves the merged session; the merge report is shown and saved
// beside it as text ("NAME-merge-report.txt"). Nothing is written before every conflict has a
// choice, and no input file is ever written.
#pragma once

#include "Instrument.h"
#include "Merge.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <vector>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QCheckBox;

namespace cxm::ui {

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // The file dialogs, replaceable so tests answer them without a modal dialog. Empty: cancelled.
    static std::function<QStringList(QWidget *parent)> chooseInputs;
    static std::function<QString(QWidget *parent, const QString &suggested)> chooseOutput;

    explicit MergeDialog(const Instrument &instrument, QWidget *parent = nullptr);
    ~MergeDialog() override;

    // Adds session files (as "Add sessions…" does); a file that cannot be read, or is already
    // listed, is refused with a warning that says why. Returns how many were added.
    int addFiles(const QStringList &paths);
    const MergePlan &plan() const { return m_plan; }
    // The merged session's file and the report's, once saved (the dialog is then accepted).
    QString mergedPath() const { return m_mergedPath; }
    QString reportPath() const { return m_reportPath; }
    QString reportText() const;

private:
    void chooseFiles();
    void removeSelected();
    void replan();
    void rebuildMatches();
    void rebuildConflicts();
    void preferAll(bool last);
    void refreshState();
    void save();

    const Instrument &m_instrument;
    std::vector<MergeInput> m_inputs;
    QStringList m_paths;
    MergePlan m_plan;
    std::set<std::size_t> m_confirmed;
    std::vector<QButtonGroup *> m_choices;
    QString m_mergedPath;
    QString m_reportPath;

    QStackedWidget *m_pages;
    QListWidget *m_files;
    QWidget *m_matchesBox;
    QVBoxLayout *m_matches;
    QWidget *m_conflictsHolder = nullptr;
    QWidget *m_conflictsBox;
    QVBoxLayout *m_conflictsArea;
    QLabel *m_status;
    QPushButton *m_save;
    QPlainTextEdit *m_report;
};

} // namespace cxm::ui
