#include "CliText.h"

#ifdef CXM_WITH_REPORT
#include "Language.h"
#endif

namespace cxm::cli {

Message Message::arg(const std::string &value) const
{
    for (char digit = '1'; digit <= '9'; ++digit) {
        const std::string marker{'%', digit};
        if (m_text.find(marker) == std::string::npos)
            continue;
        std::string out;
        std::size_t from = 0;
        for (std::size_t at = m_text.find(marker); at != std::string::npos; at = m_text.find(marker, from)) {
            out.append(m_text, from, at - from).append(value);
            from = at + marker.size();
        }
        return Message(out.append(m_text, from, std::string::npos));
    }
    return *this;
}

Message Cli::tr(const char *text, [[maybe_unused]] const char *disambiguation, int n)
{
#ifdef CXM_WITH_REPORT
    return Message(report::Language::translate("cxm::cli::Cli", text, disambiguation, n).toStdString());
#else
    std::string out = text;
    if (n >= 0)
        for (std::size_t at = out.find("%n"); at != std::string::npos; at = out.find("%n", at))
            out.replace(at, 2, std::to_string(n));
    return Message(out);
#endif
}

} // namespace cxm::cli
