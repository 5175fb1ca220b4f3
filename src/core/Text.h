// Small text helpers shared by the importers and exporters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cxm {

bool isValidUtf8(std::string_view text);
std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string> &parts, std::string_view separator);
// True for YYYY-MM-DD naming a real calendar day.
bool isIsoDate(std::string_view text);

} // namespace cxm
