// Any bytes in place of one instrument file (the first byte picks which, in the built-in folder's
// file-name order) give a valid Instrument or an InputError.
#include "Error.h"
#include "Instrument.h"

#include <cstddef>
#include <cstdint>

namespace cxm::detail {
std::vector<Instrument::Source> builtinInstrumentSources();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    auto sources = cxm::detail::builtinInstrumentSources();
    auto &target = sources[data[0] % sources.size()];
    target.text.assign(reinterpret_cast<const char *>(data + 1), size - 1);
    try {
        cxm::Instrument::load(sources);
    } catch (const cxm::InputError &) {
    }
    return 0;
}
