#include "XlsxExport.h"

#include "Plan.h"

#include "CsvExport.h"
#include "FileSafety.h"
#include "ScoringEngine.h"
#include "Text.h"
#include "XlsxSheet.h"

#include <cerrno>
#include <optional>

namespace fs = std::filesystem;

namespace cxm {

namespace {

using Align = XlsxSheet::Align;

std::string capitalised(std::string_view word)
{
    std::string out(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string yesNo(bool value)
{
    return value ? "Yes" : "No";
}

std::string levelLabel(const Instrument &ins, const Worksheet *w, const std::optional<std::string> &level)
{
    if (!level)
        return {};
    for (const auto &l : w ? ins.levelsOf(*w) : ins.levels)
        if (l.id == *level)
            return l.label;
    return *level;
}

void writeActions(XlsxSheet &s, const std::vector<XlsxActionRow> &actions)
{
    const double widths[] = {40, 20, 12, 13, 32, 24, 44};
    for (lxw_col_t col = 0; col < std::size(widths); ++col)
        s.column(col, widths[col]);
    s.headerRow(0, {"Action", "Owner", "Due", "Status", "Addresses", "CCO priority", "Note"});
    lxw_row_t row = 1;
    for (const auto &a : actions) {
        s.text(row, 0, a.title);
        s.text(row, 1, a.owner);
        s.date(row, 2, a.due);
        s.text(row, 3, a.status);
        s.text(row, 4, a.addresses);
        s.text(row, 5, a.priority);
        s.text(row, 6, a.note);
        ++row;
    }
    s.table(row - 1, static_cast<lxw_col_t>(std::size(widths) - 1));
}

void writeAnswers(XlsxSheet &s, const std::vector<ExportRow> &rows)
{
    // scope, participant_id, participant, role, section, question_id, question, answer, note
    const double widths[] = {11, 13, 20, 22, 16, 20, 50, 28, 40};
    for (lxw_col_t col = 0; col < std::size(widths); ++col)
        s.column(col, widths[col]);
    lxw_row_t row = 0;
    for (const auto &r : rows) {
        lxw_col_t col = 0;
        for (const auto &cell : r) {
            if (row == 0)
                s.text(row, col, cell.text, s.formats().header);
            else if (cell.number)
                s.number(row, col, *cell.number, s.formats().decimal);
            else
                s.text(row, col, cell.text);
            ++col;
        }
        ++row;
    }
    s.table(row - 1, static_cast<lxw_col_t>(std::size(widths) - 1));
}

// The scores of cxm score --json, in words and numbers: one table under the other, the text in
// column A and the figures in B to H.
void writeScores(XlsxSheet &s, const Session &session, const Instrument &ins, const Score &score)
{
    const double widths[] = {60, 14, 20, 12, 12, 12, 12, 20};
    for (lxw_col_t col = 0; col < std::size(widths); ++col)
        s.column(col, widths[col]);
    const auto &f = s.formats();
    lxw_row_t row = 0;
    s.text(row++, 0,
           session.info.organization.empty()
               ? std::string("CX maturity scores")
               : "CX maturity scores: " + singleLineText(session.info.organization),
           f.title);
    // As cxm score says it: the title, then the kind of session, its size and its date.
    if (!session.info.title.empty())
        s.text(row++, 0, singleLineText(session.info.title), f.oneLine);
    const std::size_t people = session.participants.size();
    std::string about = std::string(session.info.mode == Mode::Self ? "Self-assessment, " : "Workshop, ") +
                        std::to_string(people) + (people == 1 ? " participant" : " participants");
    if (!session.info.date.empty())
        about += ", " + session.info.date;
    s.text(row++, 0, about, f.oneLine);

    const auto section = [&](const std::string &title) {
        ++row;
        s.text(row++, 0, title, f.section);
    };

    section("Maturity");
    s.text(row, 0, "Overall maturity index");
    if (score.overall)
        s.number(row, 1, *score.overall / 100.0, f.percent);
    ++row;
    s.text(row, 0, "Milestone");
    if (score.milestone && score.milestoneIndex) {
        const auto *m = ins.findMilestone(*score.milestone);
        s.text(row, 1,
               (m ? m->title : *score.milestone) + " (" + std::to_string(*score.milestoneIndex + 1) + " of " +
                   std::to_string(ins.milestones.size()) + ")",
               f.oneLine);
    } else {
        s.text(row, 1, "Not yet known", f.oneLine);
    }
    ++row;
    s.text(row, 0, "Every competency question answered");
    s.text(row++, 1, yesNo(score.complete), f.centered);

    // The competencies, each followed by its items; the journey's per-stage scales the same way.
    const auto scaleHeader = [&](const std::string &first, const Worksheet *w, bool percent) {
        const auto &levels = w ? ins.levelsOf(*w) : ins.levels;
        std::vector<std::string> titles = {first, percent ? "Percent" : "", "Level", "Mean"};
        for (std::size_t i = 0; i < 3; ++i)
            titles.push_back(i < levels.size() ? levels[i].label : std::string());
        titles.push_back("Agreed");
        s.headerRow(row++, titles,
                    {Align::Left, Align::Right, Align::Center, Align::Right, Align::Center, Align::Center,
                     Align::Center, Align::Center});
    };
    const auto itemRows = [&](const Worksheet *w, const CompetencyScore &cs) {
        for (const auto &is : cs.items) {
            const Item *item = w ? w->findItem(is.id) : nullptr;
            s.text(row, 0, item ? item->title : is.id, f.indented);
            s.optionalNumber(row, 3, is.value, f.decimal);
            for (lxw_col_t i = 0; i < 3; ++i)
                s.number(row, 4 + i, is.counts[i], f.count);
            if (is.consensus)
                s.text(
                    row, 7,
                    levelLabel(ins, w, cs.levelIds[static_cast<std::size_t>(ratingValue(*is.consensus) - 1)]),
                    f.centered);
            ++row;
        }
    };

    section("Competencies");
    scaleHeader("Competency and item", nullptr, true);
    for (std::size_t i = 0; i < score.competencies.size(); ++i) {
        const CompetencyScore &cs = score.competencies[i];
        const Worksheet &w = ins.competencies()[i];
        s.text(row, 0, std::to_string(w.number) + " " + w.title, f.bold);
        if (cs.percent)
            s.number(row, 1, *cs.percent / 100.0, f.percent);
        s.text(row, 2, levelLabel(ins, &w, cs.level), f.centered);
        s.optionalNumber(row, 3, cs.mean, f.decimal);
        ++row;
        itemRows(&w, cs);
    }

    section("Power Core");
    const PowerCoreScore &pc = score.powerCore;
    if (!pc.hasData) {
        s.text(row++, 0, "Not ranked yet");
    } else {
        s.headerRow(row++, {"Option", "Points", "Place", "First places"},
                    {Align::Left, Align::Center, Align::Center, Align::Center});
        for (std::size_t place = 0; place < pc.ranking.size(); ++place) {
            const std::string &id = pc.ranking[place];
            const auto *option = ins.findOption(id);
            s.text(row, 0, option ? option->title : id);
            s.number(row, 1, pc.pointsOf(id), f.count);
            s.number(row, 2, static_cast<double>(place + 1), f.count);
            s.number(row, 3, pc.firstPlacesOf(id), f.count);
            ++row;
        }
        s.text(row, 0, "Customer in the Power Core");
        s.text(row++, 1, pc.customerInCore ? yesNo(*pc.customerInCore) : std::string(), f.centered);
        s.text(row, 0,
               pc.fromConsensus ? "Participants' rankings (the team agreed its own)"
                                : "Participants' rankings combined (Borda points)");
        s.number(row++, 1, pc.rankers, f.count);
        if (pc.kendallW) {
            s.text(row, 0, "Agreement between the rankings (Kendall's W)");
            s.number(row, 1, *pc.kendallW, f.decimal);
            s.text(row, 2, pc.agreement ? capitalised(*pc.agreement) : std::string(), f.centered);
            ++row;
        }
    }

    section("CCO readiness");
    const ReadinessScore &rd = score.readiness;
    for (const auto &[label, count] : std::vector<std::pair<std::string, int>>{
             {"Yes", rd.yes}, {"No", rd.no}, {"Split", rd.split}, {"Unanswered", rd.unanswered}}) {
        s.text(row, 0, label, f.indented);
        s.number(row++, 1, count, f.count);
    }
    s.text(row, 0, "Mandate to explore the Chief Customer Officer role");
    s.text(row++, 1, rd.mandate ? capitalised(*rd.mandate) : std::string("Not yet known"), f.centered);
    ++row;
    s.headerRow(row++, {"Question", "Team answer"}, {Align::Left, Align::Center});
    for (const auto &[question, answer] : rd.answers) {
        const Item *q = ins.readiness().findItem(question);
        s.text(row, 0, q ? q->question : question);
        s.text(row++, 1, capitalised(toString(answer)), f.centered);
    }

    // The journey: each per-stage scale (the experience's reliability), stage by stage.
    for (const auto &ws : score.worksheets) {
        if (ws.stages.empty())
            continue;
        const Worksheet *w = ins.findWorksheet(ws.id);
        section(w ? w->title : ws.id);
        scaleHeader("Stage and item", w, false);
        for (std::size_t st = 0; st < ws.stages.size(); ++st) {
            const auto &[stageId, cs] = ws.stages[st];
            const Stage *stage = session.findStage(stageId);
            s.text(row, 0, "Stage " + std::to_string(st + 1) + ": " + (stage ? stage->name : stageId),
                   f.bold);
            s.text(row, 2, levelLabel(ins, w, cs.level), f.centered);
            s.optionalNumber(row, 3, cs.mean, f.decimal);
            ++row;
            itemRows(w, cs);
        }
    }
}

} // namespace

void XlsxExport::write(const fs::path &path, const std::string &name, const Session &session,
                       const Instrument &ins, const std::vector<XlsxActionRow> &actions)
{
    // Everything that can fail before the file is touched happens first.
    const std::vector<ExportRow> answers = CsvExport::rows(session, ins);
    const Score score = ScoringEngine(ins).score(session);

    LockedTemp temp(path, name); // removed again, unless published, whatever fails below
    lxw_workbook_options options = {};
    lxw_workbook *wb = workbook_new_opt(temp.path().c_str(), &options);
    if (!wb)
        throw FileError(FileError::Kind::Io, name,
                        "could not be written: the spreadsheet writer ran out of memory");
    lxw_error error = LXW_NO_ERROR;
    const XlsxFormats formats(wb);
    std::string title = "CX maturity";
    if (!session.info.organization.empty())
        title += ": " + singleLineText(session.info.organization);
    lxw_doc_properties properties = {};
    properties.title = title.data();
    properties.comments = const_cast<char *>("Written by CX Maturity Workbench");
    workbook_set_properties(wb, &properties);

    const auto sheet = [&](const char *sheetName) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName);
        if (!ws && error == LXW_NO_ERROR)
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return ws;
    };
    lxw_worksheet *actionsSheet = sheet(kActionsSheet);
    lxw_worksheet *scoresSheet = sheet(kScoresSheet);
    lxw_worksheet *answersSheet = sheet(kAnswersSheet);
    if (error == LXW_NO_ERROR) {
        XlsxSheet a(actionsSheet, formats, error);
        writeActions(a, actions);
        a.finish();
        XlsxSheet s(scoresSheet, formats, error);
        writeScores(s, session, ins, score);
        s.finish();
        XlsxSheet r(answersSheet, formats, error);
        writeAnswers(r, answers);
        r.finish();
    }
    // libxlsxwriter writes the file only now, and frees the workbook whatever happens.
    errno = 0;
    const lxw_error closed = workbook_close(wb);
    const int systemError = errno;
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        // A failing write names the system's reason; anything else, libxlsxwriter's.
        if (closed != LXW_NO_ERROR && systemError != 0)
            throw FileError(kindForErrno(systemError), name,
                            "could not be written: " + plainErrno(systemError));
        throw FileError(FileError::Kind::Io, name,
                        std::string("could not be written: the spreadsheet writer failed: ") +
                            lxw_strerror(error));
    }
    temp.publishAs(path);
}

std::vector<XlsxActionRow> XlsxExport::actionRows(const Session &session, const Instrument &instrument)
{
    std::vector<XlsxActionRow> rows;
    for (const Action &a : session.actions) {
        const Participant *owner = session.findParticipant(a.owner);
        rows.push_back({a.title, owner ? owner->name : a.ownerName, a.due, actionStatusWords(a.status),
                        a.addresses.empty() ? std::string() : addressTitle(a.addresses, instrument, session),
                        a.priority.empty() ? std::string() : priorityTitle(a.priority, instrument), a.note});
    }
    return rows;
}

void XlsxExport::write(const std::filesystem::path &path, const std::string &name, const Session &session,
                       const Instrument &instrument)
{
    write(path, name, session, instrument, actionRows(session, instrument));
}

} // namespace cxm
