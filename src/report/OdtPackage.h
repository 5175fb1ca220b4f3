// The editable report's file: a text document written as OpenDocument text (.odt) by Qt's
// QTextDocumentWriter, with what Qt's ODF writer (6.4, and the versions since) leaves out filled in.
// It writes every block as a paragraph (text:p), headings too, so a word processor's navigator and
// table of contents would find none; it marks no table's header rows, so they are not repeated on
// the next page; it puts a tab before each line break, which wraps into a blank line after a nearly
// full one; and its bullets touch their text. So content.xml is streamed once through
// QXmlStreamReader and QXmlStreamWriter: each paragraph whose block has a heading level
// (QTextBlockFormat::headingLevel) becomes a heading (text:h) of that outline level, the header rows
// of each table (QTextTableFormat::headerRowCount) are marked, the tab before a line break goes, and
// list levels get a label width. libzip (Debian libzip-dev) puts it back in the package; every other
// entry, the uncompressed mimetype first, stays as Qt wrote it.
#pragma once

#include <QByteArray>
#include <QTextDocument>

#include <stdexcept>

namespace cxm::report {

struct OdtPackageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The bytes of the .odt file of document. Throws OdtPackageError when Qt cannot write it or the
// package cannot be completed.
QByteArray odtPackage(const QTextDocument &document);

} // namespace cxm::report
