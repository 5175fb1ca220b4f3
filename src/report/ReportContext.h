// What the report's sections share: the session, its score, the options, the page flow, and the
// wording helpers that turn typed values into words once (levels, options, "n of N answered"). All
// user text goes through text() or plain(), which escape it and, in an anonymous report, mask
// participants' names.
#pragma once

#include "AnswerCount.h"
#include "Instrument.h"
#include "NameMask.h"
#include "PdfMetadata.h"
#include "ReportFlow.h"
#include "ReportText.h"
#include "ReportWriter.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <functional>
#include <vector>
#include <QString>

#include <map>
#include <unordered_map>
#include <optional>
#include <vector>

namespace cxm::report {

// Instrument text for rich text: escaped, line breaks kept.
QString esc(const std::string &text);
// A scoring band's id (scoring.json: weak / moderate / strong, low / moderate / strong) in words, for
// rich text; an id of a consultant's own as it is.
QString bandWords(const std::string &id);

struct Context
{
    const Session &session;
    const Instrument &instrument;
    const ReportOptions &options;
    const Score &score;
    const ScoringEngine &engine;
    Flow &flow;
    const AnswerCounter &counter;
    const std::optional<NameMask> &mask; // set for an anonymous report
    // Pages of the sections, from the counting pass (empty during it): "see page 14".
    const std::map<QString, int> &sectionPages;
    // Each participant's own overall index (their answers only, no consensus), for the appendix.
    const std::unordered_map<std::string, std::optional<double>> &ownOverall;
    bool abbreviationsExplained = false;

    bool self() const { return session.info.mode == Mode::Self; }
    // User text: escaped for rich text, names masked in an anonymous report.
    QString text(const std::string &userText) const;
    // User text as plain text (running header, PDF metadata), names masked in an anonymous report.
    QString plain(const std::string &userText) const;
    // Workbook text, with an abbreviation spelled out the first time the report uses it.
    QString workbook(const std::string &instrumentText);

    QString levelLabel(int value) const;
    QString levelLabel(const std::string &id) const;
    QString optionTitle(const std::string &id, const std::string &otherLabel = {}) const;
    // The same as plain text, for Flow::table.
    QString optionPlain(const std::string &id, const std::string &otherLabel = {}) const;
    // The readiness checklist's words for a team answer, or those of another worksheet (a
    // checklist's or a tracked worksheet's yes and no).
    QString answerLabel(TeamAnswer answer) const { return answerLabel(answer, instrument.readiness()); }
    QString answerLabel(TeamAnswer answer, const Worksheet &worksheet) const;
    QString answerLabel(Answer answer) const
    {
        return answerLabel(answer == Answer::Yes ? TeamAnswer::Yes : TeamAnswer::No);
    }
    const Competency *competency(const std::string &id) const;
    QString competencyName(const CompetencyScore &cs) const;
    // "moderate agreement (Kendall's W 0.60: 0 none … 1 identical)", for a team of two or more.
    QString agreementWords() const { return agreementWords(score.powerCore); }
    QString agreementWords(const PowerCoreScore &ranking) const;
    int milestoneCount() const { return static_cast<int>(instrument.milestones.size()); }
    // " (5 of 6 answered)" when a figure rests on fewer than everyone expected, otherwise empty.
    QString answeredNote(const AnswerCount &count) const;
    // "page 14" of a section, once known.
    QString pageOf(const QString &sectionTitle) const;
};

// The section titles, as the outline and the cross-references name them.
QString methodTitle();

using OwnOverall = std::unordered_map<std::string, std::optional<double>>;

// ReportWriter.cpp: what both formats share. An anonymous report masks every participant's name in
// free text; each participant's own overall index, for the appendix; and every section in reading
// order, written to a flow (the PDF's pages or the editable report's document).
std::optional<NameMask> maskFor(const Session &session, const ReportOptions &options);
OwnOverall ownOverallIndexes(const Session &session, const Instrument &instrument);
void writeSections(Flow &flow, const Session &session, const Instrument &instrument,
                   const ReportOptions &options, const std::map<QString, int> &sectionPages,
                   const OwnOverall &ownOverall);

// Writes bytes to a report file opened for writing and commits it; throws cxm::Error ("PATH: cannot
// write the report: reason") and leaves any earlier file untouched when it cannot.
void commitReportFile(QSaveFile &file, const QByteArray &bytes);

// Writes a report as a PDF at pdfPath: Qt paints the pages (paint, on a writer at 300 dpi with the
// report's page size and margins, returns the bookmarks it set), then qpdf adds meta, the language
// of the report's own words and the outline of those bookmarks; committed through commitReportFile.
void writePdfFile(const QString &pdfPath, const ReportOptions &options, PdfMetadata meta,
                  const std::function<std::vector<Bookmark>(QPagedPaintDevice &)> &paint);

void paintCover(Context &cx, const Theme &theme);
// ReportPlan.cpp: the 30-second brief (page 2), the action plan, the gaps to the targets and the
// roadmap.
void writeBrief(Context &cx);
void writeActionPlan(Context &cx);
void writeGaps(Context &cx);
void writeRoadmap(Context &cx);
// Where the organisation stands: the milestone reached and the overall index, as the brief opens.
QString standingHtml(Context &cx);
void writeSummary(Context &cx, const Theme &theme);
void writeMap(Context &cx, const Theme &theme);
void writeCompetencies(Context &cx);
// A scale worksheet other than the five competencies (a consultant's own).
void writeScale(Context &cx, const Worksheet &worksheet, const CompetencyScore *score);
// A ranking worksheet (the Power Core in the workbook's words) and a checklist (the readiness one
// with its CCO mandate), each with the score to show.
void writePowerCore(Context &cx, const Worksheet &worksheet, const PowerCoreScore &score);
void writeReadiness(Context &cx, const Worksheet &worksheet, const ReadinessScore &score);
// ReportWorksheets.cpp: a tracked worksheet (metrics, the team's answer, the difficulty on the
// barometer) and a lists worksheet (entries under headings, in columns).
void writeTracked(Context &cx, const Worksheet &worksheet);
void writeLists(Context &cx, const Worksheet &worksheet);
// The team's customer journey: its stages, what each replaces, the customer's questions.
void writeStages(Context &cx, const Worksheet &worksheet);
// A scale worksheet rated per stage (experience reliability): a row per stage of the journey.
void writeStageScale(Context &cx, const Worksheet &worksheet, const WorksheetScore *score);
// ReportJourney.cpp: the journey strip of such a worksheet across the page (JourneyStripPainter).
void writeJourneyStrip(Context &cx, const Worksheet &worksheet);
// ReportJourneyDecisions.cpp: what the team decides together about its journey: a choice per stage
// (the Stairway to DESIRE), a reconcile worksheet (the STOP DOING list) and a checklist the team
// answers per stage (the Customer Room).
void writeChoice(Context &cx, const Worksheet &worksheet);
void writeReconcile(Context &cx, const Worksheet &worksheet, const WorksheetScore *score);
void writeStageChecklist(Context &cx, const Worksheet &worksheet, const WorksheetScore *score);
void writeNextSteps(Context &cx);
void writeAppendix(Context &cx);
void writeMethod(Context &cx);

} // namespace cxm::report
