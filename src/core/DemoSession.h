// A realistic leadership workshop to explore the workbench with: six executives, every question
// answered, some real disagreement, notes and a few consensus decisions. Always the same content.
#pragma once

#include "Instrument.h"
#include "Session.h"

namespace cxm {

Session makeDemoSession(const Instrument &instrument);

} // namespace cxm
