// `cxm validate`: checks an instrument folder (or the built-in instrument) and lists its worksheets.
#include "Commands.h"

#include <iostream>

namespace cxm::cli {

int cmdValidate(const Args &a)
{
    if (a.positional.size() > 1)
        throw UsageError{"validate takes at most one folder"};
    const Instrument ins =
        a.positional.empty() ? Instrument::builtin() : Instrument::loadDirectory(a.positional[0]);
    std::cout << (a.positional.empty() ? std::string("built-in instrument") : a.positional[0]) << ": "
              << ins.id << " version " << ins.version << " is valid (" << ins.worksheets.size()
              << " worksheets, " << ins.milestones.size() << " milestones)\n";
    for (const auto &w : ins.worksheets) {
        std::cout << "  " << w.id << ": " << toString(w.kind) << ", ";
        if (w.kind == WorksheetKind::Lists)
            std::cout << w.headings.size() << " headings of " << w.columns.size() << " lists";
        else
            std::cout << w.items.size()
                      << (w.kind == WorksheetKind::Ranking || w.kind == WorksheetKind::Choice ? " options"
                          : w.kind == WorksheetKind::Reconcile                                ? " slots"
                          : w.kind == WorksheetKind::Reference                                ? " cards"
                                                                                              : " items");
        if (w.scope == WorksheetScope::Stage)
            std::cout << " per stage";
        std::cout << " \u2014 " << w.title << "\n";
    }
    // Texts the workbook lacks and the instrument supplies itself, so an editor sees what is not quoted.
    const auto own = ins.appTexts();
    if (!own.empty()) {
        std::cout << own.size() << (own.size() == 1 ? " text is" : " texts are")
                  << " the app's own, not the workbook's:\n";
        for (const auto &where : own)
            std::cout << "  " << where << "\n";
    }
    return kOk;
}

} // namespace cxm::cli
