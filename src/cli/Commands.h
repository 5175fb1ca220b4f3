// The commands of cxm, one function each, in files of their own. Each checks its arguments
// (UsageError), does its work and returns the exit code (kOk), or throws InputError/FileError for
// bad input, which main() prints as "cxm: error: …" with exit code 2.
#pragma once

#include "Args.h"
#include "Disclosure.h"

namespace cxm::cli {

int cmdValidate(const Args &a);
int cmdImport(const Args &a, const Instrument &ins);
int cmdExport(const Args &a, const Instrument &ins);
int cmdScore(const Args &a, const Instrument &ins);
int cmdDemo(const Args &a, const Instrument &ins);
// Reveals hidden votes (RevealCommand.cpp): one durable edit, as the window's Reveal.
int cmdReveal(const Args &a, const Instrument &ins);
// The message for a file refused because its votes are hidden, with the command that reveals them.
std::string votesHiddenMessage(const VotesHiddenError &e);
int cmdMerge(const Args &a, const Instrument &ins);
// The shared portfolio on PostgreSQL (PortfolioCommands.cpp, docs/portfolio.md).
int cmdPublish(const Args &a, const Instrument &ins);
int cmdPortfolio(const Args &a, const Instrument &ins);
int cmdFollowUp(const Args &a, const Instrument &ins);
int cmdCompare(const Args &a, const Instrument &ins);
// With the Qt parts only (CXM_WITH_REPORT, CXM_WITH_ROOM): they need argc/argv for the
// QGuiApplication or QCoreApplication they run in.
int cmdReport(const Args &a, const Instrument &ins, int argc, char **argv);
int cmdRoom(const Args &a, const Instrument &ins, int argc, char **argv);

} // namespace cxm::cli
