// `cxm report`: renders a session's maturity report to a PDF from the command line. Kept out of
// main.cpp so the CLI links the report library only when Qt is built.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <string>

// Creates the (offscreen) QGuiApplication the renderer needs, writes the PDF and returns the exit
// code: 0, or 2 after printing "cxm: error: OUTPUT: reason" to stderr.
// appendix is "full", "short" or empty (automatic: short above cxm::report::kShortAppendixAbove
// participants); anything else is a usage error (exit 1).
int runReportCommand(const cxm::Session &session, const cxm::Instrument &instrument,
                     const std::string &output, bool letter, bool anonymous, int argc, char **argv,
                     const std::string &appendix = {});
