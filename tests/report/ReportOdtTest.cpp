// The editable report read back the way its readers get it: LibreOffice (Debian's
// libreoffice-writer-nogui, installed by scripts/setup) turns it into text, unzip lists its package
// and gives its content.xml. Never skipped: a machine without LibreOffice fails this test.
#include "PdfReader.h"

#include "DemoSession.h"
#include "Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

using namespace cxm;
using namespace cxm::test;

namespace {

std::string quoted(const QString &path)
{
    return "'" + path.toStdString() + "'";
}

struct Odt
{
    QString path;
    std::string content;              // content.xml
    std::vector<std::string> entries; // the package's entries, in order
    std::string text;                 // as LibreOffice converts it to plain text
};

Odt writeOdt(const QTemporaryDir &dir, const std::string &name, const Session &s,
             report::ReportOptions options = {})
{
    ensureApp();
    Odt odt;
    odt.path = dir.filePath(QString::fromStdString(name + ".odt"));
    report::writeEditableReport(s, Instrument::builtin(), options, odt.path);
    REQUIRE(QFile::exists(odt.path));
    odt.content = run("unzip -p " + quoted(odt.path) + " content.xml");
    std::istringstream list(run("unzip -Z1 " + quoted(odt.path)));
    for (std::string line; std::getline(list, line);)
        odt.entries.push_back(line);
    return odt;
}

// Converts every file with one start of LibreOffice (a few seconds), in a profile of its own so that
// it never touches the user's and runs beside other tests.
void convertToText(const QTemporaryDir &dir, std::vector<Odt *> files)
{
    static const QTemporaryDir profile;
    REQUIRE(profile.isValid());
    std::string names;
    for (const Odt *f : files)
        names += " " + quoted(f->path);
    run("HOME=" + quoted(profile.path()) + " soffice -env:UserInstallation=file://" +
        profile.path().toStdString() + "/lo --headless --convert-to 'txt:Text (encoded):UTF8' --outdir " +
        quoted(dir.path()) + names + " >/dev/null 2>&1");
    for (Odt *f : files) {
        QFile txt(dir.filePath(QFileInfo(f->path).completeBaseName() + QStringLiteral(".txt")));
        REQUIRE(txt.open(QIODevice::ReadOnly));
        f->text = txt.readAll().toStdString();
        if (f->text.rfind("\xEF\xBB\xBF", 0) == 0) // a byte order mark
            f->text.erase(0, 3);
    }
}

std::string unescapeXml(std::string s)
{
    for (const auto &[entity, ch] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
        for (auto at = s.find(entity); at != std::string::npos; at = s.find(entity, at + ch.size()))
            s.replace(at, entity.size(), ch);
    }
    return s;
}

std::string withoutTags(const std::string &xml)
{
    std::string text;
    bool inTag = false;
    for (char c : xml) {
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            text += c;
    }
    return unescapeXml(text);
}

// The headings of content.xml (text:h) with their outline level, in order.
std::vector<std::pair<int, std::string>> headings(const std::string &content)
{
    std::vector<std::pair<int, std::string>> found;
    static const std::regex level("text:outline-level=\"([0-9]+)\"");
    for (auto at = content.find("<text:h "); at != std::string::npos; at = content.find("<text:h ", at + 1)) {
        const auto tagEnd = content.find('>', at);
        const auto end = content.find("</text:h>", tagEnd);
        REQUIRE(end != std::string::npos);
        std::smatch m;
        const std::string tag = content.substr(at, tagEnd - at);
        REQUIRE(std::regex_search(tag, m, level));
        found.emplace_back(std::stoi(m[1]), withoutTags(content.substr(tagEnd + 1, end - tagEnd - 1)));
    }
    return found;
}

// The top-level entries of a PDF's outline (its sections), from pdftohtml -xml's nested <outline>s.
std::vector<std::string> pdfSections(const QString &pdf)
{
    const std::string xml = run("pdftohtml -xml -i -stdout " + quoted(pdf));
    std::vector<std::string> sections;
    int depth = 0;
    for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
        if (xml.compare(at, 9, "<outline>") == 0)
            ++depth;
        else if (xml.compare(at, 10, "</outline>") == 0)
            --depth;
        else if (xml.compare(at, 6, "<item ") == 0 && depth == 1) {
            const auto start = xml.find('>', at) + 1;
            sections.push_back(unescapeXml(xml.substr(start, xml.find("</item>", start) - start)));
        }
    }
    return sections;
}

// The words of a text, in small letters: runs of letters and digits (any non-ASCII character but a
// no-break space counts as a letter), leaving out runs without an ASCII letter or digit (a bullet,
// the barometer's boxes).
std::set<std::string> wordsOf(std::string text)
{
    for (auto at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at))
        text.replace(at, 2, " ");
    std::set<std::string> words;
    std::string word;
    bool ascii = false;
    for (const char c : lower(text) + " ") {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            word += c;
            ascii = ascii || std::isalnum(u);
        } else {
            if (ascii)
                words.insert(word);
            word.clear();
            ascii = false;
        }
    }
    return words;
}

bool hasWord(const std::string &text, const std::string &word)
{
    return wordsOf(text).count(lower(word)) > 0;
}

bool hasLines(const std::string &text, const std::vector<std::string> &lines)
{
    std::string joined;
    for (const auto &l : lines)
        joined += l + "\n";
    return text.find(joined) != std::string::npos;
}

} // namespace

TEST_CASE("the editable report has the PDF's sections and text, real headings and tables, and the "
          "drawings as pictures; an anonymous one names nobody")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    REQUIRE(s.participants.size() >= 3);
    const Participant a = s.participants[0];
    const Participant b = s.participants[1];
    const auto first = [](const Participant &p) { return p.name.substr(0, p.name.find(' ')); };
    const auto surname = [](const Participant &p) { return p.name.substr(p.name.rfind(' ') + 1); };
    // User text is data: markup prints literally; a line break stays one.
    s.info.notes = "<b>not bold</b> & <img src='x.png'> as typed by " + a.name + "\nsecond line";
    const std::string item = ins.itemIds().front();
    std::erase_if(s.consensus, [&](const ConsensusRating &x) { return x.item == item; });
    s.consensus.push_back({item, Rating::Advanced, first(b) + " settled it."});

    Odt named = writeOdt(dir, "named", s);
    report::ReportOptions anonymousOptions;
    anonymousOptions.anonymous = true;
    Odt anonymous = writeOdt(dir, "anonymous", s, anonymousOptions);
    convertToText(dir, {&named, &anonymous});
    const Rendered pdf = render(dir, "named", s);

    // The package: the stored media type first, then the pictures of the drawings (the cover's band,
    // the 15 items at a glance, the milestone path, the radar), each one in the text.
    REQUIRE_FALSE(named.entries.empty());
    CHECK(named.entries.front() == "mimetype");
    const auto pictures = std::count_if(named.entries.begin(), named.entries.end(),
                                        [](const std::string &e) { return e.rfind("Pictures/", 0) == 0; });
    CHECK(pictures >= 4);
    std::size_t images = 0;
    static const std::regex image("<draw:image xlink:href=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(named.content.begin(), named.content.end(), image);
         it != std::sregex_iterator(); ++it, ++images)
        CHECK(std::find(named.entries.begin(), named.entries.end(), (*it)[1].str()) != named.entries.end());
    CHECK(images == static_cast<std::size_t>(pictures));
    // Sized to the text width (150 mm = 425.2 pt), never wider than a page's.
    CHECK(named.content.find("svg:width=\"425.197pt\"") != std::string::npos);

    // Real headings: the PDF's sections, in its order, are the headings of the first level; the
    // competencies are the second; the items the third.
    const auto found = headings(named.content);
    std::vector<std::string> top;
    for (const auto &[level, title] : found)
        if (level == 1)
            top.push_back(title);
    const std::vector<std::string> sections = pdfSections(pdf.path);
    REQUIRE(sections.size() > 8);
    CHECK(top == sections);
    for (const auto &c : ins.competencies()) {
        const std::string title = "C" + std::to_string(c.number) + " " + c.title;
        INFO(title);
        const auto at = std::find(found.begin(), found.end(), std::pair(2, title));
        REQUIRE(at != found.end());
        std::vector<std::string> items;
        for (auto it = at + 1; it != found.end() && it->first > 2; ++it)
            items.push_back(it->second);
        REQUIRE(items.size() == c.items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            CHECK(items[i].rfind(c.items[i].title, 0) == 0); // an app's title says so after it
    }

    // Real tables: the Power Core's team ranking, cell by cell, and the participants' own, their
    // column headings a header row the word processor repeats on the next page (not the cover's).
    CHECK(named.content.find("<table:table ") != std::string::npos);
    static const std::regex headerRow(
        "<table:table-header-rows>\\s*<table:table-row>\\s*<table:table-cell[^>]*>"
        "\\s*<text:p[^>]*><text:span[^>]*>Rank</text:span>");
    CHECK(std::regex_search(named.content, headerRow));
    CHECK(named.content.find("<table:table-header-rows>") > named.content.find(">Date<"));
    CHECK(hasLines(named.text, {"Rank", "Option", "Points", "First places"}));
    CHECK(hasLines(named.text, {"Participant", "A", "B"}));
    CHECK(hasLines(named.text, {"Date", s.info.date}));

    // The same text as the PDF: every word of the document is in the PDF (which also has the words
    // of its drawings, running header and page numbers). A document has no pages: a cross-reference
    // names its section only.
    std::vector<std::string> missing;
    const auto inPdf = wordsOf(pdf.raw);
    for (const auto &w : wordsOf(named.text))
        if (!inPdf.count(w))
            missing.push_back(w);
    INFO("words of the editable report that the PDF lacks: " << Catch::Detail::stringify(missing));
    CHECK(missing.empty());
    CHECK(named.text.find("(see “How the scores are computed”)") != std::string::npos);
    CHECK(pdf.text.find("(see “How the scores are computed”, page ") != std::string::npos);
    CHECK(named.text.find("Page 1 of") == std::string::npos);

    // User text stays literal, its line break a line break (without the tab Qt's writer puts
    // before it, which wraps into a blank line).
    CHECK(hasLines(named.text, {"<b>not bold</b> & <img src='x.png'> as typed by " + a.name, "second line"}));
    CHECK(named.content.find("<text:line-break/>") != std::string::npos);
    CHECK(named.content.find("<text:tab/>") == std::string::npos);
    // Bullets have room before their text.
    CHECK(named.content.find("text:min-label-width=") != std::string::npos);

    // Anonymous: the same sections, and no participant's name anywhere, not even typed into notes.
    std::vector<std::string> anonymousTop;
    for (const auto &[level, title] : headings(anonymous.content))
        if (level == 1)
            anonymousTop.push_back(title);
    CHECK(anonymousTop == sections);
    CHECK(hasWord(named.text, first(b)));
    for (const Participant &p : s.participants)
        for (const std::string &word : {first(p), surname(p)}) {
            INFO(word);
            CHECK_FALSE(hasWord(anonymous.text, word));
            CHECK_FALSE(hasWord(anonymous.content, word));
        }
    CHECK(anonymous.text.find("[participant] settled it.") != std::string::npos);
}

TEST_CASE("an editable report that cannot be written names the file and leaves nothing behind")
{
    ensureApp();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/r.odt"));
    const Session s = makeDemoSession(Instrument::builtin());
    try {
        report::writeEditableReport(s, Instrument::builtin(), {}, missing);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK_THAT(e.what(), Catch::StartsWith(missing.toStdString() + ": cannot write the report"));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
