// Random (version 4) UUIDs, as the stable identity of a session: "3f2b…-4…-…".
#pragma once

#include <string>
#include <string_view>

namespace cxm {

// A new random UUID in its canonical lower-case text form (36 characters).
std::string newUuid();

// Whether text is a UUID in canonical form (8-4-4-4-12 hexadecimal digits, any case).
bool isUuid(std::string_view text);

} // namespace cxm
