#include "PdfMetadata.h"

// qpdf 11: use std::shared_ptr, not its legacy PointerHolder.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace cxm::report {

namespace {

QPDFObjectHandle text(const QString &s)
{
    return QPDFObjectHandle::newUnicodeString(s.toStdString());
}

struct Node
{
    QPDFObjectHandle object;
    std::vector<QPDFObjectHandle> children;
};

// Links siblings (/Prev, /Next) under parent and sets the parent's /First, /Last and /Count.
void attach(QPDFObjectHandle parent, const std::vector<QPDFObjectHandle> &children, bool open)
{
    if (children.empty())
        return;
    for (std::size_t i = 0; i < children.size(); ++i) {
        QPDFObjectHandle child = children[i];
        child.replaceKey("/Parent", parent);
        if (i > 0)
            child.replaceKey("/Prev", children[i - 1]);
        if (i + 1 < children.size())
            child.replaceKey("/Next", children[i + 1]);
    }
    parent.replaceKey("/First", children.front());
    parent.replaceKey("/Last", children.back());
    const auto count = static_cast<long long>(children.size());
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(open ? count : -count));
}

void addOutline(QPDF &pdf, const std::vector<PdfOutlineEntry> &entries)
{
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::vector<Node> top;
    for (const auto &e : entries) {
        if (e.page < 0 || static_cast<std::size_t>(e.page) >= pages.size())
            continue;
        QPDFObjectHandle page = pages[static_cast<std::size_t>(e.page)].getObjectHandle();
        // Destinations are in PDF space, measured from the bottom of the page.
        const double height = pages[static_cast<std::size_t>(e.page)].getMediaBox().getArrayAsRectangle().ury;
        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(page);
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        dest.appendItem(QPDFObjectHandle::newNull());
        dest.appendItem(QPDFObjectHandle::newReal(height - e.top, 2));
        dest.appendItem(QPDFObjectHandle::newNull());
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(e.title));
        item.replaceKey("/Dest", dest);
        if (e.level > 0 && !top.empty())
            top.back().children.push_back(item);
        else
            top.push_back({item, {}});
    }
    if (top.empty())
        return;
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    std::vector<QPDFObjectHandle> items;
    for (auto &node : top) {
        attach(node.object, node.children, false);
        items.push_back(node.object);
    }
    attach(outlines, items, true);
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

} // namespace

QByteArray withMetadata(const QByteArray &data, const PdfMetadata &meta)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("report.pdf", data.constData(), static_cast<std::size_t>(data.size()));

        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Title", text(meta.title));
        if (!meta.author.isEmpty())
            info.replaceKey("/Author", text(meta.author));
        else
            info.removeKey("/Author");
        if (!meta.subject.isEmpty())
            info.replaceKey("/Subject", text(meta.subject));

        QPDFObjectHandle root = pdf.getRoot();
        if (!meta.language.isEmpty())
            root.replaceKey("/Lang", text(meta.language));
        // Viewers show the title, not the file name, in their window.
        QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", prefs);
        addOutline(pdf, meta.outline);

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none); // the pages' streams are copied as Qt compressed them
        writer.setDeterministicID(true);     // the same report, the same bytes
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          static_cast<qsizetype>(out->getSize()));
    } catch (const std::exception &e) {
        throw PdfMetadataError(std::string("the PDF could not be completed: ") + e.what());
    }
}

} // namespace cxm::report
