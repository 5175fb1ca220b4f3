// `cxm report`: renders a session's maturity report to a PDF, or to an editable OpenDocument text,
// from the command line. Part of the CLI (it prints the command line's errors), kept out of main.cpp
// so cxm links the report library only when Qt is built.
#pragma once

#include "Instrument.h"
#include "ReportWriter.h"
#include "Session.h"

#include <string>

// Creates the (offscreen) QGuiApplication the renderer needs, writes the report in the format the
// output's extension names (.odt, else PDF; the caller has refused any other) and returns the exit
// code: 0, or 2 after printing "cxm: error: OUTPUT: reason" to stderr.
int runReportCommand(const cxm::Session &session, const cxm::Instrument &instrument,
                     const std::string &output, const cxm::report::ReportOptions &options, int argc,
                     char **argv);
