#pragma once
// Errors are values: a function that can fail returns Expected<T>. std::expected is C++23;
// this is the small subset Omnikast uses, shaped like it so the switch later is mechanical.

#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace omk {

struct Error {
    QString message;
    // A stable word for programs (an API's error code, "storage", "not_held"); empty where only
    // people read the message.
    QString code = {};
};

struct Unexpected {
    Error error;
};

inline Unexpected fail(QString message) {
    return Unexpected{Error{std::move(message), {}}};
}

inline Unexpected fail(const char* code, QString message) {
    return Unexpected{Error{std::move(message), QString::fromLatin1(code)}};
}

template <class T>
class [[nodiscard]] Expected {
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected u) : m_v(std::in_place_index<1>, std::move(u.error)) {}

    bool has_value() const { return m_v.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & {
        assert(has_value());
        return std::get<0>(m_v);
    }
    const T& value() const& {
        assert(has_value());
        return std::get<0>(m_v);
    }
    T&& value() && {
        assert(has_value());
        return std::get<0>(std::move(m_v));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const {
        assert(!has_value());
        return std::get<1>(m_v);
    }
    Unexpected unexpected() const { return Unexpected{error()}; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Unexpected u) : m_error(std::move(u.error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error& error() const {
        assert(m_error);
        return *m_error;
    }
    Unexpected unexpected() const { return Unexpected{error()}; }

private:
    std::optional<Error> m_error;
};

}  // namespace omk
