// writeEditableReport: the report's sections written into one text document (DocumentFlow) and saved
// as OpenDocument text (OdtPackage).
#include "ReportWriter.h"

#include "Error.h"
#include "OdtPackage.h"
#include "ReportContext.h"
#include "ReportDocumentFlow.h"

#include <QSaveFile>

namespace cxm::report {

void writeEditableReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                         const QString &odtPath)
{
    const std::string where = odtPath.toStdString();
    QSaveFile file(odtPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(where + ": cannot write the report: " + file.errorString().toStdString());

    const Theme theme = Theme::print();
    DocumentFlow flow(theme);
    const OwnOverall own = options.anonymous ? OwnOverall{} : ownOverallIndexes(session, instrument);
    // No pages, so no page numbers to refer to: a cross-reference names its section.
    writeSections(flow, session, instrument, options, {}, own);
    QByteArray odt;
    try {
        odt = odtPackage(*flow.document());
    } catch (const OdtPackageError &e) {
        throw Error(where + ": cannot write the report: " + e.what());
    }
    commitReportFile(file, odt);
}

} // namespace cxm::report
