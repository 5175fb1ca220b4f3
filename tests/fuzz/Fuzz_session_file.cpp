// Any bytes opened as a session file are refused with a FileError or load as a valid Session,
// and the file is never changed.
#include "Error.h"
#include "SessionFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("cxm-fuzz-" + std::to_string(::getpid()) + ".cxm");
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    try {
        cxm::SessionFile::open(path, cxm::SessionFile::Access::ReadOnly)->load();
    } catch (const cxm::Error &) {
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream after;
    after << in.rdbuf();
    if (after.str() != bytes)
        __builtin_trap();
    std::filesystem::remove(path);
    return 0;
}
