#include "OdtPackage.h"

#include <QBuffer>
#include <QHash>
#include <QTextBlock>
#include <QTextDocumentWriter>
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

// The heading level of each paragraph style Qt's writer names after a block format ("p" and the
// format's index) whose blocks are headings.
QHash<QString, int> headingStyles(const QTextDocument &document)
{
    QHash<QString, int> levels;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (const int level = b.blockFormat().headingLevel(); level > 0)
            levels.insert(QStringLiteral("p%1").arg(b.blockFormatIndex()), level);
    return levels;
}

// content.xml with Qt's writer's three gaps filled; every other token is copied as it was:
// - a paragraph of a heading style becomes a heading (text:h) of its level;
// - a line break loses the tab Qt writes before it (meant for justified text, which the report has
//   none of): after a nearly full line the tab wraps onto a line of its own, a blank line in a
//   table cell;
// - a list level gets a label width, which Qt leaves out, so a bullet no longer touches its text.
QByteArray fixedContent(const QByteArray &content, const QHash<QString, int> &levels)
{
    QXmlStreamReader in(content);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    std::vector<bool> renamed; // for each open text:p, whether it was written as text:h
    bool tabHeld = false;      // a text:tab read and not yet written: is a line break next?
    QString spaceHeld;         // the indentation Qt's writer puts between the two
    const auto isText = [&](QStringView name) { return in.namespaceUri() == kTextNs && in.name() == name; };
    while (!in.atEnd()) {
        const QXmlStreamReader::TokenType token = in.readNext();
        if (token == QXmlStreamReader::StartElement && isText(u"tab")) {
            tabHeld = true;
            continue;
        }
        if (token == QXmlStreamReader::EndElement && isText(u"tab"))
            continue;
        if (tabHeld && token == QXmlStreamReader::Characters && in.isWhitespace()) {
            spaceHeld += in.text();
            continue;
        }
        if (tabHeld) {
            tabHeld = false;
            if (!(token == QXmlStreamReader::StartElement && isText(u"line-break"))) {
                xml.writeEmptyElement(kTextNs, QStringLiteral("tab"));
                xml.writeCharacters(spaceHeld);
            }
            spaceHeld.clear();
        }
        switch (token) {
        case QXmlStreamReader::StartElement: {
            // Declarations first, so the element and its attributes keep their prefixes.
            for (const auto &ns : in.namespaceDeclarations())
                xml.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            int level = 0;
            if (isText(u"p")) {
                level = levels.value(in.attributes().value(kTextNs, QStringLiteral("style-name")).toString());
                renamed.push_back(level > 0);
            }
            xml.writeStartElement(in.namespaceUri().toString(),
                                  level > 0 ? QStringLiteral("h") : in.name().toString());
            xml.writeAttributes(in.attributes());
            if (level > 0)
                xml.writeAttribute(kTextNs, QStringLiteral("outline-level"), QString::number(level));
            if (in.namespaceUri() == kStyleNs && in.name() == u"list-level-properties" &&
                !in.attributes().hasAttribute(kTextNs, QStringLiteral("min-label-width")))
                xml.writeAttribute(kTextNs, QStringLiteral("min-label-width"), QStringLiteral("5mm"));
            break;
        }
        case QXmlStreamReader::EndElement:
            if (isText(u"p") && !renamed.empty())
                renamed.pop_back();
            xml.writeEndElement();
            break;
        default:
            xml.writeCurrentToken(in);
        }
    }
    if (in.hasError())
        throw OdtPackageError("Qt's content.xml cannot be read: " + in.errorString().toStdString());
    return out;
}

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
    const QHash<QString, int> levels = headingStyles(document);
    return withEntryChanged(odt, "content.xml",
                            [&](const QByteArray &content) { return fixedContent(content, levels); });
}

} // namespace cxm::report
