// Any bytes given to the session JSON importer are either a Session or an InputError.
#include "Error.h"
#include "SessionJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const auto session =
            cxm::SessionJson::parse(std::string_view(reinterpret_cast<const char *>(data), size), "fuzz.json",
                                    cxm::Instrument::builtin());
        // Whatever is accepted must export and import again to the same session.
        const auto again =
            cxm::SessionJson::parse(cxm::SessionJson::toString(session, cxm::Instrument::builtin()),
                                    "again.json", cxm::Instrument::builtin());
        if (!(again == session))
            __builtin_trap();
    } catch (const cxm::InputError &) {
    }
    return 0;
}
