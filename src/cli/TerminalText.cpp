#include "TerminalText.h"

#include <iostream>
#include <streambuf>
#include <string_view>

#include <unistd.h>

namespace cxm::cli {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f;
}

} // namespace

// Passes bytes to the stream it stands in front of, controls replaced. A C1 control is two bytes in
// UTF-8 (0xC2 0x80 … 0xC2 0x9F) that may arrive in two writes: a 0xC2 waits for the next byte.
class TerminalGuard::Filter : public std::streambuf
{
public:
    explicit Filter(std::ostream &stream)
        : m_stream(stream)
        , m_target(stream.rdbuf())
    {
        m_stream.rdbuf(this);
    }
    ~Filter() override
    {
        if (m_held)
            m_target->sputc('\xC2');
        m_target->pubsync();
        m_stream.rdbuf(m_target);
    }

protected:
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        put(static_cast<unsigned char>(traits_type::to_char_type(c)));
        return c;
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        for (std::streamsize i = 0; i < n; ++i)
            put(static_cast<unsigned char>(s[i]));
        return n;
    }
    int sync() override { return m_target->pubsync(); }

private:
    void put(unsigned char c)
    {
        if (m_held) {
            m_held = false;
            if (c >= 0x80 && c <= 0x9f) {
                m_target->sputn(kReplacement.data(), static_cast<std::streamsize>(kReplacement.size()));
                return;
            }
            m_target->sputc('\xC2');
        }
        if (c == 0xC2) {
            m_held = true;
        } else if (isControl(c)) {
            m_target->sputn(kReplacement.data(), static_cast<std::streamsize>(kReplacement.size()));
        } else {
            m_target->sputc(static_cast<char>(c));
        }
    }

    std::ostream &m_stream;
    std::streambuf *m_target;
    bool m_held = false;
};

TerminalGuard::TerminalGuard()
{
    if (::isatty(STDOUT_FILENO))
        m_out = std::make_unique<Filter>(std::cout);
    if (::isatty(STDERR_FILENO))
        m_err = std::make_unique<Filter>(std::cerr);
}

TerminalGuard::~TerminalGuard() = default;

} // namespace cxm::cli
