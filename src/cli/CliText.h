// cxm's messages for people (usage errors, "wrote …", the score summary's own words), in the
// system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when cxm is built with the Qt parts, and
// in English otherwise. `Cli::tr("…")` is what lupdate finds (docs/translations.md). What tools read
// stays as it is: --json, the files, and the core's own error messages, which are English.
#pragma once

#include <ostream>
#include <string>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace cxm::cli {

// A message and QString's .arg(): each .arg() fills the lowest %1 … %9 still in the text.
class Message
{
public:
    explicit Message(std::string text)
        : m_text(std::move(text))
    {}
    Message arg(const std::string &value) const;
    Message arg(long long value) const { return arg(std::to_string(value)); }
    Message arg(unsigned long long value) const { return arg(std::to_string(value)); }
    Message arg(int value) const { return arg(std::to_string(value)); }
    Message arg(unsigned long value) const { return arg(std::to_string(value)); }
    const std::string &str() const { return m_text; }
    operator std::string() const { return m_text; }

private:
    std::string m_text;
};

inline std::ostream &operator<<(std::ostream &out, const Message &message)
{
    return out << message.str();
}

struct Cli
{
#ifdef CXM_LUPDATE // never defined: tells lupdate that Cli::tr is a translation context
    Q_DECLARE_TR_FUNCTIONS(cxm::cli::Cli)
#endif
    // The translation of text (with n: its plural form, %n replaced by n).
    static Message tr(const char *text, const char *disambiguation = nullptr, int n = -1);
};

} // namespace cxm::cli
