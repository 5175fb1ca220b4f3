// The trend report read back as a reader gets it: text through pdftotext, metadata through pdfinfo.
#include "Comparison.h"
#include "DemoSession.h"
#include "FollowUp.h"
#include "PdfReader.h"
#include "TrendChartPainter.h"
#include "TrendReport.h"

#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// The demo and its follow-up, as the comparison reads them from files (UUIDs linking them).
Comparison demoComparison(bool withSelf)
{
    const Session demo = makeDemoSession(ins());
    std::vector<ComparedSession> sessions{
        {"2026-11.cxm", "u-nov", "", ins().id, ins().version, demo},
        {"2027-05.cxm", "u-may", "u-nov", ins().id, ins().version, makeDemoFollowUp(ins())}};
    if (withSelf) {
        Session self = makeSelfDemoSession(ins());
        for (RatingEntry &r : self.ratings)
            if (r.item == "c1.why")
                r.rating = Rating::Mature;
        sessions.push_back({"ana.cxm", "u-ana", "", ins().id, ins().version, self});
    }
    return compareSessions(sessions, ins());
}

struct TrendPdf
{
    QTemporaryDir dir;
    QString path;
    std::string text; // squeezed
    std::string raw;
};

TrendPdf renderTrend(const Comparison &c)
{
    ensureApp();
    TrendPdf out;
    out.path = out.dir.filePath(QStringLiteral("trend.pdf"));
    report::writeTrendReport(c, ins(), {}, out.path);
    out.raw = run("pdftotext -layout '" + out.path.toStdString() + "' -");
    out.text = squeeze(out.raw);
    return out;
}

// The line of the layout text that starts with `start` (after spaces).
std::string lineOf(const std::string &raw, const std::string &start)
{
    std::size_t at = 0;
    while ((at = raw.find(start, at)) != std::string::npos) {
        const std::size_t begin = raw.rfind('\n', at) + 1;
        if (raw.find_first_not_of(' ', begin) == at)
            return raw.substr(at, raw.find('\n', at) - at);
        ++at;
    }
    FAIL("no line starts with " << start);
    return {};
}

} // namespace

TEST_CASE("the trend report: sessions, the brief, the chart, the changes with arrows and words")
{
    const Comparison c = demoComparison(false);
    const TrendPdf pdf = renderTrend(c);
    CHECK_THAT(
        pdf.text,
        Catch::Contains("CX Maturity Trend Report Northwind Utilities 2 sessions, 2026-11-20 to 2027-05-20"));
    CHECK_THAT(pdf.text, Catch::Contains("2027-05.cxm, the follow-up of 1"));
    CHECK_THAT(pdf.text, Catch::Contains("Milestone: Unite & Build → Embed (▲ up one milestone)."));
    CHECK_THAT(pdf.text, Catch::Contains("Overall maturity index: 25.0% → 46.7% (▲ up +21.7 points)."));
    CHECK_THAT(pdf.text, Catch::Contains("Items: 6 up, 1 down, 8 unchanged, of 15."));
    CHECK_THAT(pdf.text, Catch::Contains("Actions completed since the session before: 3."));
    CHECK_THAT(pdf.text, Catch::Contains("Targets met: 3 of 4."));

    // The chart's text: the legend, the milestones, the overall index at each session.
    CHECK_THAT(pdf.text, Catch::Contains("Maturity over time"));
    CHECK_THAT(pdf.text, Catch::Contains("Overall maturity index"));
    CHECK_THAT(pdf.text, Catch::Contains("Unite & Build"));

    // Each row: both sessions' values and the change as an arrow and a word.
    CHECK_THAT(lineOf(pdf.raw, "C1 Culture"), Catch::Contains("1.00 Early") &&
                                                  Catch::Contains("2.67 Mature") &&
                                                  Catch::Contains("▲ up +1.67"));
    CHECK_THAT(lineOf(pdf.raw, "C3 Real-time Unaided Listening"), Catch::Contains("▼ down −0.17"));
    CHECK_THAT(lineOf(pdf.raw, "C4 Experience Innovation"), Catch::Contains("▬ no change"));
    CHECK_THAT(lineOf(pdf.raw, "C1 Honor and Manage Customers as"),
               Catch::Contains("8.3% Early") && Catch::Contains("▲ up +61.1 points"));
    CHECK_THAT(lineOf(pdf.raw, "My power is on when I move in"), Catch::Contains("▲ up +0.50"));

    // Actions completed and targets met.
    CHECK_THAT(pdf.text,
               Catch::Contains("✓ Publish the move-in promise on the website 2027-05-20 new since the "
                               "session before"));
    CHECK_THAT(pdf.text, Catch::Contains("✓ C1 Culture Advanced 2027-05-20 2.67 2027-11-20, on time"));
    CHECK_THAT(pdf.text, Catch::Contains("How to read this report"));
    CHECK_THAT(pdf.text, !Catch::Contains("Perception gap"));

    // Page furniture and metadata, as the maturity report has them.
    CHECK_THAT(pdf.text, Catch::Contains("Page 2 of "));
    const std::string meta = run("pdfinfo '" + pdf.path.toStdString() + "'");
    CHECK_THAT(meta, Catch::Contains("Northwind Utilities: CX maturity trend, 2026-11-20 to 2027-05-20"));
    CHECK_THAT(meta, Catch::Contains("Author:          Dana Reyes"));
}

TEST_CASE("the trend report's perception gap section")
{
    const TrendPdf pdf = renderTrend(demoComparison(true));
    const Session self = makeSelfDemoSession(ins());
    CHECK_THAT(pdf.text, Catch::Contains("Perception gap: " + self.participants[0].name));
    CHECK_THAT(pdf.text,
               Catch::Contains(self.participants[0].name +
                               "'s self-assessment (ana.cxm) against the team's answers in 2027-05.cxm, "
                               "and the team's answers last time in 2026-11.cxm."));
    const std::string gapPages = pdf.raw.substr(pdf.raw.find("Perception gap:"));
    CHECK_THAT(lineOf(gapPages, "C1 Wanting to know WHY?"), Catch::Contains("Mature") &&
                                                                Catch::Contains("Advanced") &&
                                                                Catch::Contains("▲ you rate higher"));
}

TEST_CASE("the trend chart's points follow the dates, evenly spaced when dates are missing or shared")
{
    Comparison c = demoComparison(false);
    CHECK(report::trendPositions(c) == std::vector<qreal>{0.0, 1.0});
    // Three sessions: six months, then a year: the second stands a third of the way along.
    ComparedSession third = c.sessions.back();
    third.session.info.date = "2028-05-20";
    third.uuid = "u-2028";
    c.sessions.push_back(third);
    const auto at = report::trendPositions(c);
    REQUIRE(at.size() == 3);
    CHECK(at[1] == Approx(181.0 / 547.0));
    c.sessions[2].session.info.date.clear();
    CHECK(report::trendPositions(c) == std::vector<qreal>{0.0, 0.5, 1.0});

    // The chart paints inside its rectangle only.
    ensureApp();
    QImage image(800, 400, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        report::paintTrendChart(p, QRectF(100, 50, 600, 300), demoComparison(false), ins(),
                                report::Theme::print());
    }
    int outside = 0, inside = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            (x < 99 || x > 701 || y < 49 || y > 351 ? outside : inside) += qAlpha(image.pixel(x, y)) != 0;
    CHECK(outside == 0);
    CHECK(inside > 10000);
}
