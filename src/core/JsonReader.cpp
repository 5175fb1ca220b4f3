#include "JsonReader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <vector>

namespace cxm {

namespace {

std::string escapePointerToken(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// Finds how deep the brackets of a JSON text nest, ignoring brackets inside strings. Lets us refuse
// hostile documents (100,000 nested arrays) before a recursive structure is ever built.
std::size_t nestingDepth(std::string_view text, std::size_t limit)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return depth;
}

std::string describe(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::discarded:
        return "nothing";
    default:
        return "a number";
    }
}

// A parser callback that refuses a key appearing twice in one object, at any level, naming the
// object's JSON Pointer. Without it the last of the two silently wins: a second "ratings": []
// would empty a document of its answers.
class DuplicateKeyGuard
{
public:
    explicit DuplicateKeyGuard(const std::string &source)
        : m_source(source)
        , m_frames(std::make_shared<std::vector<Frame>>())
    {}

    bool operator()(int, nlohmann::json::parse_event_t event, nlohmann::json &parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        auto &frames = *m_frames;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            frames.push_back({event == Event::object_start, elementPointer(), {}, {}, 0});
            break;
        case Event::key: {
            Frame &top = frames.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second)
                throw InputError(m_source, (top.pointer.empty() ? std::string("/") : top.pointer) +
                                               ": key \"" + top.key + "\" appears twice");
            break;
        }
        case Event::value:
            elementPointer(); // counts the element of an array
            break;
        case Event::object_end:
        case Event::array_end:
            frames.pop_back();
            break;
        }
        return true;
    }

private:
    struct Frame
    {
        bool object;
        std::string pointer;
        std::set<std::string> keys;
        std::string key;
        std::size_t next;
    };
    // The pointer of the value that starts now, inside the innermost object or array.
    std::string elementPointer()
    {
        auto &frames = *m_frames;
        if (frames.empty())
            return {};
        Frame &top = frames.back();
        if (top.object)
            return top.pointer + "/" + escapePointerToken(top.key);
        return top.pointer + "/" + std::to_string(top.next++);
    }

    std::string m_source;
    std::shared_ptr<std::vector<Frame>> m_frames; // the parser copies its callback
};

} // namespace

JsonReader::JsonReader(const nlohmann::json &node, std::string source, std::string pointer)
    : m_node(node)
    , m_source(std::move(source))
    , m_pointer(std::move(pointer))
{}

nlohmann::json JsonReader::parse(std::string_view text, const std::string &source, std::size_t maxDepth)
{
    if (nestingDepth(text, maxDepth) > maxDepth)
        throw InputError(source, "the JSON nests more than " + std::to_string(maxDepth) +
                                     " levels deep; this is not a workbench document");
    try {
        return nlohmann::json::parse(text.begin(), text.end(), DuplicateKeyGuard(source));
    } catch (const nlohmann::json::parse_error &e) {
        // Turn the byte offset into line and column, which a person can find in an editor.
        const std::size_t offset = std::min<std::size_t>(e.byte, text.size());
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string detail = e.what();
        if (const auto pos = detail.find("parse error"); pos != std::string::npos) {
            if (const auto colon = detail.find(": ", pos); colon != std::string::npos)
                detail = detail.substr(colon + 2);
        }
        throw InputError(source, "not valid JSON (line " + std::to_string(line) + ", column " +
                                     std::to_string(column) + "): " + detail);
    } catch (const nlohmann::json::out_of_range &) {
        // Found by fuzzing: a number such as 1e999 does not fit in a double.
        throw InputError(source, "not valid JSON: it holds a number too large to read");
    } catch (const nlohmann::json::exception &e) {
        throw InputError(source, std::string("not valid JSON: ") + e.what());
    }
}

[[noreturn]] void JsonReader::fail(const std::string &expected) const
{
    const std::string where = m_pointer.empty() ? std::string("/") : m_pointer;
    throw InputError(m_source, where + ": " + expected);
}

bool JsonReader::has(const std::string &key) const
{
    return m_node.is_object() && m_node.contains(key);
}

JsonReader JsonReader::operator[](const std::string &key) const
{
    expectObject();
    const auto it = m_node.find(key);
    const std::string childPointer = m_pointer + "/" + escapePointerToken(key);
    if (it == m_node.end())
        JsonReader(m_node, m_source, childPointer).fail("is missing");
    return JsonReader(*it, m_source, childPointer);
}

JsonReader JsonReader::at(std::size_t index) const
{
    expectArray();
    if (index >= m_node.size())
        fail("expected at least " + std::to_string(index + 1) + " elements");
    return JsonReader(m_node[index], m_source, m_pointer + "/" + std::to_string(index));
}

std::size_t JsonReader::size() const
{
    expectArray();
    return m_node.size();
}

JsonReader JsonReader::expectObject() const
{
    if (!m_node.is_object())
        fail("expected an object, found " + describe(m_node));
    return *this;
}

JsonReader JsonReader::expectArray() const
{
    if (!m_node.is_array())
        fail("expected an array, found " + describe(m_node));
    return *this;
}

void JsonReader::allowOnly(std::initializer_list<std::string_view> keys) const
{
    expectObject();
    for (const auto &[key, value] : m_node.items()) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            std::string allowed;
            for (auto k : keys)
                allowed += (allowed.empty() ? "" : ", ") + std::string(k);
            JsonReader(value, m_source, m_pointer + "/" + escapePointerToken(key))
                .fail("unknown field (expected one of: " + allowed + ")");
        }
    }
}

std::string JsonReader::string() const
{
    if (!m_node.is_string())
        fail("expected a string, found " + describe(m_node));
    return m_node.get<std::string>();
}

std::string JsonReader::nonEmptyString() const
{
    if (!m_node.is_string())
        fail("expected a non-empty string, found " + describe(m_node));
    const auto &s = m_node.get_ref<const std::string &>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos)
        fail("expected a non-empty string");
    return s;
}

std::string JsonReader::oneOf(std::initializer_list<std::string_view> choices) const
{
    std::string list;
    for (auto c : choices)
        list += (list.empty() ? "" : ", ") + std::string("\"") + std::string(c) + "\"";
    if (!m_node.is_string())
        fail("expected one of " + list + ", found " + describe(m_node));
    const auto &s = m_node.get_ref<const std::string &>();
    if (std::find(choices.begin(), choices.end(), s) == choices.end())
        fail("expected one of " + list + ", found \"" + s + "\"");
    return s;
}

long long JsonReader::integer() const
{
    if (m_node.is_number_unsigned()) {
        const auto u = m_node.get<unsigned long long>();
        if (u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
            return static_cast<long long>(u);
    } else if (m_node.is_number_integer()) {
        return m_node.get<long long>();
    } else if (m_node.is_number_float()) {
        // Only a whole number inside the range of long long converts (found by fuzzing: 1e24).
        const double d = m_node.get<double>();
        if (std::isfinite(d) && std::trunc(d) == d && d >= -9.2e18 && d <= 9.2e18)
            return static_cast<long long>(d);
    }
    fail("expected a whole number, found " + describe(m_node));
}

double JsonReader::number() const
{
    if (!m_node.is_number())
        fail("expected a number, found " + describe(m_node));
    return m_node.get<double>();
}

std::optional<std::string> JsonReader::optionalString(const std::string &key) const
{
    if (!has(key))
        return std::nullopt;
    return (*this)[key].string();
}

} // namespace cxm
