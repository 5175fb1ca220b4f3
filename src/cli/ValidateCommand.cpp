// `cxm validate`: checks an instrument folder (or the built-in instrument) and lists its worksheets.
#include "Commands.h"

#include <iostream>

namespace cxm::cli {

int cmdValidate(const Args &a)
{
    if (a.positional.size() > 1)
        throw UsageError{Cli::tr("validate takes at most one folder")};
    const Instrument ins =
        a.positional.empty() ? Instrument::builtin() : Instrument::loadDirectory(a.positional[0]);
    std::cout << Cli::tr("%1: %2 version %3 is valid (%4, %5)")
                     .arg(a.positional.empty() ? Cli::tr("built-in instrument").str() : a.positional[0])
                     .arg(ins.id)
                     .arg(ins.version)
                     .arg(Cli::tr("%n worksheet(s)", nullptr, static_cast<int>(ins.worksheets.size())))
                     .arg(Cli::tr("%n milestone(s)", nullptr, static_cast<int>(ins.milestones.size())))
              << "\n";
    for (const auto &w : ins.worksheets) {
        std::cout << "  " << w.id << ": " << toString(w.kind) << ", ";
        const int n = static_cast<int>(w.items.size());
        if (w.kind == WorksheetKind::Lists)
            std::cout << Cli::tr("%1 of %2")
                             .arg(Cli::tr("%n heading(s)", nullptr, static_cast<int>(w.headings.size())))
                             .arg(Cli::tr("%n list(s)", nullptr, static_cast<int>(w.columns.size())));
        else
            std::cout << (w.kind == WorksheetKind::Ranking || w.kind == WorksheetKind::Choice
                              ? Cli::tr("%n option(s)", nullptr, n)
                          : w.kind == WorksheetKind::Reconcile ? Cli::tr("%n slot(s)", nullptr, n)
                          : w.kind == WorksheetKind::Reference ? Cli::tr("%n card(s)", nullptr, n)
                                                               : Cli::tr("%n item(s)", nullptr, n));
        if (w.scope == WorksheetScope::Stage)
            std::cout << Cli::tr(" per stage");
        std::cout << " \u2014 " << w.title << "\n";
    }
    // Texts the workbook lacks and the instrument supplies itself, so an editor sees what is not quoted.
    const auto own = ins.appTexts();
    if (!own.empty()) {
        std::cout << Cli::tr("%n text(s) are the app's own, not the workbook's:", nullptr,
                             static_cast<int>(own.size()))
                  << "\n";
        for (const auto &where : own)
            std::cout << "  " << where << "\n";
    }
    return kOk;
}

} // namespace cxm::cli
