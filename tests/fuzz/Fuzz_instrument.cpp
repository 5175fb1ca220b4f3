// Any bytes in place of one instrument file give a valid Instrument or an InputError.
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
        cxm::Instrument::load(sources[0], sources[1], sources[2], sources[3], sources[4]);
    } catch (const cxm::InputError &) {
    }
    return 0;
}
