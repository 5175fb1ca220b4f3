#include "OdtPackage.h"

#include <QBuffer>
#include <QHash>
#include <QTextBlock>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>

namespace cxm::report {

namespace {

const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

// What the document knows and Qt's content.xml does not say, by the style names Qt's writer gives:
// the outline level of each paragraph style ("p" and the block format's index) whose blocks are
// headings, and the header rows of each table ("Table" and the table format's index).
struct Structure
{
    QHash<QString, int> headingLevels;
    QHash<QString, int> headerRows;
};

void addTables(const QTextFrame *frame, Structure &structure)
{
    for (const QTextFrame *child : frame->childFrames()) {
        if (const auto *table = qobject_cast<const QTextTable *>(child);
            table && table->format().headerRowCount() > 0)
            structure.headerRows.insert(QStringLiteral("Table%1").arg(table->formatIndex()),
                                        table->format().headerRowCount());
        addTables(child, structure);
    }
}

Structure structureOf(const QTextDocument &document)
{
    Structure structure;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (const int level = b.blockFormat().headingLevel(); level > 0)
            structure.headingLevels.insert(QStringLiteral("p%1").arg(b.blockFormatIndex()), level);
    addTables(document.rootFrame(), structure);
    return structure;
}

// content.xml with the gaps of Qt's writer filled; every other token is copied as it was:
// - a paragraph of a heading style becomes a heading (text:h) of its level;
// - a table's header rows are marked so (table:table-header-rows), so a word processor repeats
//   them on every page the table runs onto (and never leaves them alone at the foot of one);
// - a line break loses the tab Qt writes before it (meant for justified text, which the report has
//   none of): after a nearly full line the tab wraps onto a line of its own, a blank line in a
//   table cell;
// - a list level gets a label width, which Qt leaves out, so a bullet no longer touches its text.
class ContentFixer
{
public:
    ContentFixer(const QByteArray &content, const Structure &structure)
        : m_in(content)
        , m_xml(&m_out)
        , m_structure(structure)
    {}

    QByteArray run()
    {
        while (!m_in.atEnd()) {
            const QXmlStreamReader::TokenType token = m_in.readNext();
            if (holdTab(token))
                continue;
            if (token == QXmlStreamReader::StartElement)
                startElement();
            else if (token == QXmlStreamReader::EndElement)
                endElement();
            else
                m_xml.writeCurrentToken(m_in);
        }
        if (m_in.hasError())
            throw OdtPackageError("Qt's content.xml cannot be read: " + m_in.errorString().toStdString());
        return m_out;
    }

private:
    bool is(const QString &ns, QStringView name) const
    {
        return m_in.namespaceUri() == ns && m_in.name() == name;
    }

    // A tab is written once the next token is known not to be the line break it stands before.
    bool holdTab(QXmlStreamReader::TokenType token)
    {
        if (token == QXmlStreamReader::StartElement && is(kTextNs, u"tab")) {
            m_tabHeld = true;
            return true;
        }
        if (token == QXmlStreamReader::EndElement && is(kTextNs, u"tab"))
            return true;
        if (!m_tabHeld)
            return false;
        if (token == QXmlStreamReader::Characters && m_in.isWhitespace()) {
            m_spaceHeld += m_in.text(); // the indentation Qt's writer puts between the two
            return true;
        }
        m_tabHeld = false;
        if (!(token == QXmlStreamReader::StartElement && is(kTextNs, u"line-break"))) {
            m_xml.writeEmptyElement(kTextNs, QStringLiteral("tab"));
            m_xml.writeCharacters(m_spaceHeld);
        }
        m_spaceHeld.clear();
        return false;
    }

    void startElement()
    {
        const QXmlStreamAttributes attributes = m_in.attributes();
        const auto style = [&](const QString &ns) {
            return attributes.value(ns, QStringLiteral("style-name")).toString();
        };
        int level = 0;
        if (is(kTextNs, u"p")) {
            level = m_structure.headingLevels.value(style(kTextNs));
            m_renamed.push_back(level > 0);
        } else if (is(kTableNs, u"table")) {
            m_tables.push_back({m_structure.headerRows.value(style(kTableNs)), false});
        } else if (is(kTableNs, u"table-row") && !m_tables.empty() && m_tables.back().headerRowsLeft > 0 &&
                   !m_tables.back().inHeader) {
            m_xml.writeStartElement(kTableNs, QStringLiteral("table-header-rows"));
            m_tables.back().inHeader = true;
        }
        // Declarations first, so the element and its attributes keep their prefixes.
        for (const auto &ns : m_in.namespaceDeclarations())
            m_xml.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
        m_xml.writeStartElement(m_in.namespaceUri().toString(),
                                level > 0 ? QStringLiteral("h") : m_in.name().toString());
        m_xml.writeAttributes(attributes);
        if (level > 0)
            m_xml.writeAttribute(kTextNs, QStringLiteral("outline-level"), QString::number(level));
        if (is(kStyleNs, u"list-level-properties") &&
            !attributes.hasAttribute(kTextNs, QStringLiteral("min-label-width")))
            m_xml.writeAttribute(kTextNs, QStringLiteral("min-label-width"), QStringLiteral("5mm"));
    }

    void endElement()
    {
        m_xml.writeEndElement();
        if (is(kTextNs, u"p") && !m_renamed.empty()) {
            m_renamed.pop_back();
        } else if (is(kTableNs, u"table") && !m_tables.empty()) {
            m_tables.pop_back();
        } else if (is(kTableNs, u"table-row") && !m_tables.empty() && m_tables.back().inHeader &&
                   --m_tables.back().headerRowsLeft == 0) {
            m_xml.writeEndElement(); // table-header-rows
            m_tables.back().inHeader = false;
        }
    }

    QXmlStreamReader m_in;
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    const Structure &m_structure;
    std::vector<bool> m_renamed; // for each open text:p, whether it was written as text:h
    struct Table
    {
        int headerRowsLeft = 0;
        bool inHeader = false;
    };
    std::vector<Table> m_tables; // the open tables, innermost last
    bool m_tabHeld = false;      // a text:tab read and not yet written: is a line break next?
    QString m_spaceHeld;
};

struct ZipError
{
    zip_error_t error;
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
    std::string text() { return zip_error_strerror(&error); }
};

// The zip archive with the entry called name replaced by change(its content); the other entries are
// copied unchanged, in their order.
QByteArray withEntryChanged(const QByteArray &zipData, const char *name,
                            const std::function<QByteArray(const QByteArray &)> &change)
{
    ZipError error;
    // libzip gets a copy it owns: once the archive is rewritten, libzip 1.7 frees the buffer it was
    // given even when told it does not own it.
    void *copy = std::malloc(static_cast<std::size_t>(zipData.size()));
    if (!copy)
        throw OdtPackageError("out of memory");
    std::memcpy(copy, zipData.constData(), static_cast<std::size_t>(zipData.size()));
    zip_source_t *source =
        zip_source_buffer_create(copy, static_cast<zip_uint64_t>(zipData.size()), 1, &error.error);
    if (!source) {
        std::free(copy);
        throw OdtPackageError("the package cannot be read: " + error.text());
    }
    zip_t *archive = zip_open_from_source(source, 0, &error.error);
    if (!archive) {
        zip_source_free(source);
        throw OdtPackageError("the package cannot be read: " + error.text());
    }
    // The source outlives the archive: the rewritten package is read back from it.
    zip_source_keep(source);
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(source, &zip_source_free);
    const auto fail = [&](const std::string &what) {
        const std::string reason = zip_strerror(archive);
        zip_discard(archive);
        throw OdtPackageError(what + ": " + reason);
    };

    const zip_int64_t index = zip_name_locate(archive, name, 0);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) < 0)
        fail(std::string("the package has no ") + name);
    QByteArray content(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
    if (!file)
        fail(std::string("cannot read ") + name);
    const zip_int64_t read = zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        fail(std::string("cannot read ") + name);

    const QByteArray changed = change(content); // alive until zip_close has written it
    zip_source_t *replacement =
        zip_source_buffer(archive, changed.constData(), static_cast<zip_uint64_t>(changed.size()), 0);
    if (!replacement)
        fail(std::string("cannot replace ") + name);
    if (zip_file_replace(archive, static_cast<zip_uint64_t>(index), replacement, 0) < 0) {
        zip_source_free(replacement);
        fail(std::string("cannot replace ") + name);
    }
    if (zip_close(archive) < 0)
        fail("cannot write the package");

    zip_stat_t written;
    if (zip_source_stat(source, &written) < 0 || zip_source_open(source) < 0)
        throw OdtPackageError("cannot read the written package back");
    QByteArray out(static_cast<qsizetype>(written.size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(source, out.data(), written.size);
    zip_source_close(source);
    if (got < 0 || static_cast<zip_uint64_t>(got) != written.size)
        throw OdtPackageError("cannot read the written package back");
    return out;
}

} // namespace

QByteArray odtPackage(const QTextDocument &document)
{
    QByteArray odt;
    {
        QBuffer buffer(&odt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            throw OdtPackageError("Qt cannot write the document as OpenDocument text");
    }
    const Structure structure = structureOf(document);
    return withEntryChanged(odt, "content.xml", [&](const QByteArray &content) {
        return ContentFixer(content, structure).run();
    });
}

} // namespace cxm::report
