// Typed, located access to a parsed JSON document. Every accessor either returns a value of the
// expected shape or throws InputError naming the file, the JSON Pointer of the offending value
// and what was expected, e.g. "competencies.json: /competencies/2/title: expected a non-empty string".
#pragma once

#include "Error.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace cxm {

class JsonReader
{
public:
    JsonReader(const nlohmann::json &node, std::string source, std::string pointer = {});

    // Parses text with a bounded nesting depth and size; malformed text throws InputError with the
    // line and column. A document deeper than maxDepth is refused before the parser recurses.
    static nlohmann::json parse(std::string_view text, const std::string &source, std::size_t maxDepth = 64);

    const nlohmann::json &node() const { return m_node; }
    const std::string &pointer() const { return m_pointer; }
    const std::string &source() const { return m_source; }

    bool has(const std::string &key) const;
    JsonReader operator[](const std::string &key) const; // required member
    JsonReader at(std::size_t index) const;              // element of an array
    std::size_t size() const;                            // array length (node must be an array)

    JsonReader expectObject() const;
    JsonReader expectArray() const;
    // Refuses members other than the allowed ones, so a misspelt field is never silently dropped.
    void allowOnly(std::initializer_list<std::string_view> keys) const;

    std::string string() const;         // any string
    std::string nonEmptyString() const; // non-empty after trimming
    std::string oneOf(std::initializer_list<std::string_view> choices) const;
    long long integer() const;
    double number() const;

    std::optional<std::string> optionalString(const std::string &key) const; // absent -> nullopt

    [[noreturn]] void fail(const std::string &expected) const;

private:
    const nlohmann::json &m_node;
    std::string m_source;
    std::string m_pointer;
};

} // namespace cxm
