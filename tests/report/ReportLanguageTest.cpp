// The report in German: its own words translated, its figures and dates in German form; the
// workbook's words (item titles, levels) as the instrument gives them.
#include "PdfReader.h"

#include "DemoSession.h"
#include "Language.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <regex>

using namespace cxm;
using namespace cxm::test;

namespace {

// German for the test's duration; English (the C locale, as ctest runs) afterwards.
struct InGerman
{
    InGerman()
    {
        ensureApp();
        report::Language::use(QLocale(QLocale::German, QLocale::Germany));
    }
    ~InGerman() { report::Language::use(QLocale::c()); }
};

} // namespace

TEST_CASE("a German report has German headings, German numbers and dates, and the workbook's words")
{
    QTemporaryDir dir;
    Session s = makeDemoSession(Instrument::builtin());
    s.info.date = "2026-11-20";
    Rendered german;
    {
        InGerman language;
        CHECK(report::Language::current() == QStringLiteral("de"));
        german = render(dir, "de", s);
    }
    CHECK(has(german, "CX-Reifegradbericht"));
    CHECK(has(german, "Zusammenfassung für die Geschäftsleitung"));
    CHECK(has(german, "Wie die Ergebnisse berechnet werden"));
    CHECK(has(german, "Uneinigkeit"));
    CHECK(std::regex_search(german.text, std::regex("Seite \\d+ von \\d+")));
    CHECK(has(german, "20.11.2026"));
    CHECK(!has(german, "Executive summary"));
    // "25,0 %": a decimal comma and a space before the sign.
    CHECK(std::regex_search(german.text, std::regex("\\d,\\d\\s%")));
    CHECK(!std::regex_search(german.text, std::regex("\\d\\.\\d%")));
    // The workbook's content stays as the instrument gives it.
    CHECK(has(german, "Honor and Manage Customers as Assets"));
    CHECK(has(german, "Early"));
    CHECK(info(german, "Subject").find("Reifegradbericht") != std::string::npos);
    QFile file(german.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("/Lang (de)"));

    // Back in English, as before.
    const Rendered english = render(dir, "en", s);
    CHECK(has(english, "Executive summary"));
    CHECK(has(english, "2026-11-20"));
    CHECK(std::regex_search(english.text, std::regex("\\d\\.\\d%")));
    CHECK(!has(english, "Zusammenfassung"));
}

TEST_CASE("numbers in German and in the C locale")
{
    {
        InGerman language;
        CHECK(report::formatPercent(62.5) == QStringLiteral("62,5\u00a0%"));
        CHECK(report::formatMean(1.8333) == QStringLiteral("1,83"));
        CHECK(report::formatDate("2026-03-01") == QStringLiteral("01.03.2026"));
        CHECK(report::formatDate("not a date") == QStringLiteral("not a date"));
    }
    CHECK(report::formatPercent(62.5) == QStringLiteral("62.5%"));
    CHECK(report::formatMean(1.8333) == QStringLiteral("1.83"));
    CHECK(report::formatDate("2026-03-01") == QStringLiteral("2026-03-01"));
}

TEST_CASE("the languages offered are English and every compiled-in translation")
{
    ensureApp();
    const QStringList languages = report::Language::available();
    CHECK(languages.value(0) == QStringLiteral("en"));
    CHECK(languages.contains(QStringLiteral("de")));
    CHECK(report::Language::nativeName(QStringLiteral("de")) == QStringLiteral("Deutsch"));
    CHECK(report::Language::nativeName(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(report::Language::translateFor(QLocale(QLocale::German), "cxm::report::Report", "Disagreement") ==
          QStringLiteral("Uneinigkeit"));
}
