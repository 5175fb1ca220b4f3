// The one place cxm's text passes on its way to a terminal: titles, names and notes come from
// session files, phones and the shared portfolio, and a control character among them would be
// obeyed by the terminal (ESC sequences that clear the screen, retitle the window or write the
// clipboard with OSC 52). While standard output or standard error is a terminal, every C0 control
// but newline and tab, DEL and every C1 control (U+0080 … U+009F) is shown as U+FFFD instead.
// Output to a file or a pipe is left byte for byte as it is: there it is data (--json, export).
#pragma once

#include <memory>

namespace cxm::cli {

// Puts the filter in front of std::cout and std::cerr, each only when its descriptor is a
// terminal; restores them when it ends.
class TerminalGuard
{
public:
    TerminalGuard();
    ~TerminalGuard();
    TerminalGuard(const TerminalGuard &) = delete;
    TerminalGuard &operator=(const TerminalGuard &) = delete;

    class Filter;

private:
    std::unique_ptr<Filter> m_out;
    std::unique_ptr<Filter> m_err;
};

} // namespace cxm::cli
