// The language the workbench speaks. The sources are English; the translations in
// resources/translations/ are compiled into this library (the one Qt library that both the window and
// cxm link), so an installed binary needs no file beside it. One place picks the language and the
// locale (numbers and dates) for the window, the report and cxm's messages; the files the workbench
// writes and `cxm --json` never depend on it. How to add a language: docs/translations.md.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cxm::report {

class Language
{
public:
    // The languages that can be chosen: "en" (the source) and every compiled-in translation ("de").
    static QStringList available();
    // A language's name in itself, for a menu ("English", "Deutsch"; "de_AT" is "Deutsch" too).
    static QString nativeName(const QString &code);
    // Makes locale the process's language: loads its translation and Qt's own (when installed), puts
    // them on the running QCoreApplication, if any, and makes locale the default QLocale for numbers
    // and dates. A locale without a translation (English, C) leaves the English sources.
    static void use(const QLocale &locale);
    // The code of the language in use ("en", "de"): the report's /Lang. The system's until use().
    static QString current();
    // text as the language of locale says it, whatever the language in use (one message, to tell
    // the reader of the language just chosen what happens next).
    static QString translateFor(const QLocale &locale, const char *context, const char *text);
    // A translation that needs no QCoreApplication (cxm's messages, printed before any exists):
    // the language given to use(), or the system's. %n becomes n, as in QCoreApplication::translate.
    static QString translate(const char *context, const char *text, const char *disambiguation = nullptr,
                             int n = -1);
};

} // namespace cxm::report
