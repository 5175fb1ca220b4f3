#include "ReportWriter.h"

#include "Error.h"
#include "Language.h"
#include "MaturityMapPainter.h"
#include "PdfMetadata.h"
#include "ReportContext.h"
#include "ScoringEngine.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unordered_map>

namespace cxm::report {

QString formatPercent(double percent)
{
    return Report::tr("%1%", "a percentage; German: %1 with a no-break space before %")
        .arg(QLocale().toString(percent, 'f', 1));
}

QString formatMean(double mean)
{
    return QLocale().toString(mean, 'f', 2);
}

QString formatDate(const std::string &isoDate)
{
    const QString iso = QString::fromStdString(isoDate);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, dateFormat()) : iso;
}

QString dateFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

bool usesShortAppendix(const ReportOptions &options, const Session &session)
{
    switch (options.appendix) {
    case AppendixKind::Full:
        return false;
    case AppendixKind::Short:
        return true;
    case AppendixKind::Automatic:
        break;
    }
    return static_cast<int>(session.participants.size()) > kShortAppendixAbove;
}

// Each participant's own overall index (ScoringEngine::scoreParticipant's figure), with the answers
// split by participant in one pass: scoring each participant over everyone's answers would make
// the appendix quadratic in the size of the session.
OwnOverall ownOverallIndexes(const Session &session, const Instrument &instrument)
{
    std::unordered_map<std::string, Session> own;
    for (const auto &p : session.participants)
        own[p.id].participants = {p};
    const auto add = [&](const auto &answer, auto member) {
        if (const auto it = own.find(answer.participant); it != own.end()) {
            auto copy = answer;
            copy.note.clear(); // scores never read notes
            (it->second.*member).push_back(std::move(copy));
        }
    };
    for (const auto &r : session.ratings)
        add(r, &Session::ratings);
    for (const auto &a : session.checklist)
        add(a, &Session::checklist);
    for (const auto &r : session.rankings)
        if (const auto it = own.find(r.participant); it != own.end())
            it->second.rankings.push_back(r);
    const ScoringEngine engine(instrument);
    OwnOverall result;
    for (const auto &[id, s] : own)
        result.emplace(id, engine.score(s).overall);
    return result;
}

std::optional<NameMask> maskFor(const Session &session, const ReportOptions &options)
{
    if (!options.anonymous)
        return std::nullopt;
    std::vector<std::string> names;
    for (const auto &p : session.participants)
        names.push_back(p.name);
    return NameMask(names);
}

namespace {

// The worksheets' sections in the instrument's order, the competencies as one section where the first
// of them stands. The instrument's Power Core and readiness checklist show the scores the map reads
// (the readiness one with its mandate); any other ranking or checklist shows its own.
void writeWorksheets(Context &cx)
{
    bool competenciesWritten = false;
    for (const Worksheet &w : cx.instrument.worksheets) {
        const WorksheetScore *ws = cx.score.findWorksheet(w.id);
        switch (w.kind) {
        case WorksheetKind::Scale:
            if (w.scope == WorksheetScope::Stage)
                writeStageScale(cx, w, ws);
            else if (!cx.competency(w.id))
                writeScale(cx, w, ws && ws->scale ? &*ws->scale : nullptr);
            else if (!competenciesWritten) {
                writeCompetencies(cx);
                competenciesWritten = true;
            }
            break;
        case WorksheetKind::Ranking:
            if (&w == &cx.instrument.powerCore())
                writePowerCore(cx, w, cx.score.powerCore);
            else if (ws && ws->ranking)
                writePowerCore(cx, w, *ws->ranking);
            break;
        case WorksheetKind::Checklist:
            if (w.scope == WorksheetScope::Stage)
                writeStageChecklist(cx, w, ws);
            else if (&w == &cx.instrument.readiness())
                writeReadiness(cx, w, cx.score.readiness);
            else if (ws && ws->checklist)
                writeReadiness(cx, w, *ws->checklist);
            break;
        case WorksheetKind::Tracked:
            writeTracked(cx, w);
            break;
        case WorksheetKind::Stages:
            writeStages(cx, w);
            break;
        case WorksheetKind::Lists:
            writeLists(cx, w);
            break;
        case WorksheetKind::Choice:
            writeChoice(cx, w);
            break;
        case WorksheetKind::Reconcile:
            writeReconcile(cx, w, ws);
            break;
        case WorksheetKind::Reference:
            break; // a card for the room, nothing answered
        }
    }
}

} // namespace

void writeSections(Flow &flow, const Session &session, const Instrument &instrument,
                   const ReportOptions &options, const std::map<QString, int> &sectionPages,
                   const OwnOverall &ownOverall)
{
    const ScoringEngine engine(instrument);
    const Score score = engine.score(session);
    const AnswerCounter counter(session, instrument);
    const std::optional<NameMask> mask = maskFor(session, options);
    const Theme theme = Theme::print();
    Context cx{session, instrument, options, score, engine, flow, counter, mask, sectionPages, ownOverall};

    paintCover(cx, theme);
    writeBrief(cx);
    writeSummary(cx, theme);
    writeMap(cx, theme);
    writeActionPlan(cx);
    writeGaps(cx);
    writeRoadmap(cx);
    writeWorksheets(cx);
    writeNextSteps(cx);
    writeAppendix(cx);
    writeMethod(cx);
}

namespace {

struct PassResult
{
    int pages = 0;
    std::vector<Bookmark> bookmarks;
};

// One pass over the whole report. With totalPages 0 it is the counting pass, which lays the text out
// but paints none of it; otherwise the footers read "Page N of M" and cross-references name the pages
// the counting pass found.
PassResult paintReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                       const ReportOptions &options, int totalPages,
                       const std::map<QString, int> &sectionPages, const OwnOverall &ownOverall)
{
    const std::optional<NameMask> mask = maskFor(session, options);
    const Theme theme = Theme::print();

    QPainter painter;
    if (!painter.begin(&device))
        throw Error("the report could not start painting on its output device");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    QString header = Report::tr("CX Maturity Report");
    const auto maskText = [&](const std::string &s) {
        return QString::fromStdString(mask ? mask->mask(s) : s);
    };
    if (!session.info.organization.empty())
        header += QStringLiteral(" · ") + maskText(session.info.organization);
    if (!session.info.title.empty())
        header += QStringLiteral(" · ") + maskText(session.info.title);
    PageFlow flow(painter, device, theme, header, totalPages);
    writeSections(flow, session, instrument, options, sectionPages, ownOverall);
    painter.end();
    return {flow.pageCount(), flow.bookmarks()};
}

// Both passes; returns the outline of the painted report.
std::vector<Bookmark> paintBothPasses(QPagedPaintDevice &device, const Session &session,
                                      const Instrument &instrument, const ReportOptions &options)
{
    // The first pass, on a throwaway PDF with the same page and resolution, counts the pages.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device.logicalDpiY());
    counter.setPageLayout(device.pageLayout());
    const OwnOverall own = options.anonymous ? OwnOverall{} : ownOverallIndexes(session, instrument);
    const PassResult first = paintReport(counter, session, instrument, options, 0, {}, own);
    std::map<QString, int> pages;
    for (const auto &b : first.bookmarks)
        if (b.level == 0)
            pages.emplace(b.title, b.page);
    return paintReport(device, session, instrument, options, first.pages, pages, own).bookmarks;
}

} // namespace

void renderReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                  const ReportOptions &options)
{
    paintBothPasses(device, session, instrument, options);
}

void writeReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                 const QString &pdfPath)
{
    const auto &info = session.info;
    const std::optional<NameMask> mask = maskFor(session, options);
    const auto masked = [&](const std::string &s) {
        return QString::fromStdString(mask ? mask->mask(s) : s);
    };
    PdfMetadata meta;
    // "<organisation>: <session title>, <date>", leaving out what was not recorded.
    meta.title = masked(info.organization);
    if (!info.title.empty())
        meta.title += (meta.title.isEmpty() ? QString() : QStringLiteral(": ")) + masked(info.title);
    if (!info.date.empty())
        meta.title += (meta.title.isEmpty() ? QString() : QStringLiteral(", ")) + formatDate(info.date);
    if (meta.title.isEmpty())
        meta.title = Report::tr("CX Maturity Report");
    // The facilitator is the author, unless an anonymous report must not name them (a participant).
    if (!mask || mask->mask(info.facilitator) != mask->replacement())
        meta.author = QString::fromStdString(info.facilitator);
    meta.subject = Report::tr("CX Maturity Report");
    writePdfFile(pdfPath, options, std::move(meta), [&](QPagedPaintDevice &device) {
        return paintBothPasses(device, session, instrument, options);
    });
}

void writePdfFile(const QString &pdfPath, const ReportOptions &options, PdfMetadata meta,
                  const std::function<std::vector<Bookmark>(QPagedPaintDevice &)> &paint)
{
    const std::string where = pdfPath.toStdString();
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(where + ": cannot write the report: " + file.errorString().toStdString());

    // Qt writes the pages; qpdf then adds what QPdfWriter 6.4 cannot: the author, the language and
    // the outline.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    std::vector<Bookmark> bookmarks;
    QRectF paintRect;
    constexpr int resolution = 300;
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(options.letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("CX Maturity Workbench"));
        paintRect = writer.pageLayout().paintRectPoints();
        bookmarks = paint(writer);
    }
    // The language of the report's own words (the workbook's stay English): screen readers read by it.
    const QString language = Language::current();
    meta.language = language == QLatin1String("en") ? QStringLiteral("en-GB") : language;
    const qreal toPoints = 72.0 / resolution;
    for (const auto &b : bookmarks)
        meta.outline.push_back({b.title, b.level, b.page - 1, paintRect.top() + b.y * toPoints});
    QByteArray out;
    try {
        out = withMetadata(pdf.data(), meta);
    } catch (const PdfMetadataError &e) {
        throw Error(where + ": cannot write the report: " + e.what());
    }
    commitReportFile(file, out);
}

void commitReportFile(QSaveFile &file, const QByteArray &bytes)
{
    const std::string where = file.fileName().toStdString();
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // QSaveFile can say "Unknown error" for a full disk; the system's words say what happened.
        const int error = errno;
        const QString reason = error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
        throw Error(where + ": cannot write the report: " + reason.toStdString());
    }
    if (!file.commit())
        throw Error(where + ": cannot write the report: " + file.errorString().toStdString());
}

std::optional<ReportFormat> reportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Pdf;
    if (suffix.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Odt;
    return std::nullopt;
}

} // namespace cxm::report
