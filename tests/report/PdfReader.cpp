#include "PdfReader.h"

#include "DemoSession.h"
#include "Language.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <regex>
#include <sstream>

namespace cxm::test {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_report";
    static char *argv[] = {name, nullptr};
    if (!QGuiApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
        // The language as the programs put it into effect: the system's (C under ctest), whose English
        // file holds the plural forms ("up one milestone").
        report::Language::use(QLocale::system());
    }
}

std::string run(const std::string &command)
{
    std::string out;
    FILE *pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    REQUIRE(pclose(pipe) == 0);
    return out;
}

std::string squeeze(const std::string &text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (ws) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string lower(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

Rendered render(const QTemporaryDir &dir, const std::string &name, const Session &s,
                report::ReportOptions opt, const Instrument &instrument)
{
    ensureApp();
    Rendered r;
    r.path = dir.filePath(QString::fromStdString(name + ".pdf"));
    report::writeReport(s, instrument, opt, r.path);
    REQUIRE(QFile::exists(r.path));
    // CXM_TEST_KEEP_PDF=DIR keeps a copy of every report, to look at after a failure.
    if (const QString keep = qEnvironmentVariable("CXM_TEST_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + QLatin1Char('/') + QString::fromStdString(name) + QStringLiteral(".pdf"));
        QFile::copy(r.path, keep + QLatin1Char('/') + QString::fromStdString(name) + QStringLiteral(".pdf"));
    }
    r.raw = run("pdftotext -layout '" + r.path.toStdString() + "' -");
    r.text = squeeze(r.raw);
    r.pages = std::stoi(info(r, "Pages"));
    return r;
}

bool has(const Rendered &r, const std::string &text)
{
    return r.text.find(squeeze(text)) != std::string::npos;
}

std::string pageText(const Rendered &r, int page)
{
    const std::string p = std::to_string(page);
    return run("pdftotext -layout -f " + p + " -l " + p + " '" + r.path.toStdString() + "' -");
}

std::string info(const Rendered &r, const std::string &field)
{
    const std::string all = run("pdfinfo '" + r.path.toStdString() + "'");
    const auto at = all.find(field + ":");
    if (at == std::string::npos)
        return {};
    const auto end = all.find('\n', at);
    std::string value = all.substr(at + field.size() + 1, end - at - field.size() - 1);
    value.erase(0, value.find_first_not_of(' '));
    return value;
}

std::vector<Page> words(const QString &pdfPath)
{
    std::istringstream html(run("pdftotext -bbox '" + pdfPath.toStdString() + "' -"));
    static const std::regex page("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    static const std::regex word("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                 "yMax=\"([0-9.]+)\">([^<]*)</word>");
    std::vector<Page> pages;
    std::string line;
    std::smatch m;
    while (std::getline(html, line)) {
        if (std::regex_search(line, m, page))
            pages.push_back({std::stod(m[1]), std::stod(m[2]), {}});
        else if (std::regex_search(line, m, word) && !pages.empty())
            pages.back().words.push_back(
                {m[5], std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
    return pages;
}

Session workshop(int participants)
{
    const Instrument &ins = Instrument::builtin();
    Session s;
    s.info.title = "Spring leadership workshop";
    s.info.organization = "Northwind Logistics";
    s.info.facilitator = "Fran Facilitator";
    s.info.date = "2024-05-02";
    for (int i = 1; i <= participants; ++i) {
        const std::string id = "p" + std::to_string(i);
        s.participants.push_back(
            {id, "Leaderperson" + std::to_string(i) + " Surname", "Vice President " + std::to_string(i)});
        int k = 0;
        for (const auto &item : ins.itemIds()) {
            s.ratings.push_back(
                {id, item, static_cast<Rating>(1 + (i + k) % 3), "note " + std::to_string(k)});
            ++k;
        }
        std::vector<std::string> ranking;
        for (std::size_t o = 0; o < ins.powerCoreOptions().size(); ++o)
            ranking.push_back(
                ins.powerCoreOptions()[(o + static_cast<std::size_t>(i)) % ins.powerCoreOptions().size()].id);
        s.rankings.push_back({id, ranking, "Partners", "power_core"});
        int q = 0;
        for (const auto &rq : ins.readinessQuestions())
            s.checklist.push_back({id, rq.id, (i + q++) % 2 ? Answer::Yes : Answer::No, {}});
    }
    return s;
}

} // namespace cxm::test
