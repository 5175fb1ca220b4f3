// A private temporary folder, removed with everything in it when the test ends.
#pragma once

#include <algorithm>
#include <filesystem>
#include <vector>
#include <fstream>
#include <random>
#include <string>

namespace cxm::test {

class TempDir
{
public:
    // In the temporary folder, or under `base` (e.g. /tmp, for a folder another user must reach).
    explicit TempDir(const std::filesystem::path &base = std::filesystem::temp_directory_path())
    {
        std::random_device rd;
        m_path = base / ("cxm-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    std::filesystem::path operator/(const std::string &name) const { return m_path / name; }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary | std::ios::ate);
    if (!in)
        return {};
    std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

inline void writeBytes(const std::filesystem::path &p, const std::string &bytes)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// The names in a folder, sorted: what a test expects to find there and nothing else.
inline std::vector<std::string> listing(const std::filesystem::path &dir)
{
    std::vector<std::string> names;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace cxm::test
