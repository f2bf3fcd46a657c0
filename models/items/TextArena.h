// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

/// Where one string lives in a TextArena: 8 bytes instead of a QString per cell.
struct TextRef
{
    quint32 pos = 0; ///< chunk index << 16 | offset inside the chunk
    quint32 size = 0; ///< bytes of UTF-8

    bool isEmpty() const { return size == 0; }
};

/// Append-only storage for the display strings of a paged model: UTF-8 bytes packed into
/// 64 KiB chunks that never move, addressed by TextRef. Strings are converted to QString only
/// when a view asks for them. Appending never invalidates earlier refs; mark()/rollback()
/// undo the appends of a page that failed to decode.
class TextArena
{
public:
    static constexpr quint32 ChunkBytes = 64 * 1024;

    TextArena() = default;
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;

    /// Copies \a text into the arena. An empty text gives an empty ref and takes no space.
    /// A text longer than a chunk gets a chunk of its own.
    TextRef append(std::string_view text);

    std::string_view view(TextRef ref) const
    {
        if (ref.size == 0)
            return std::string_view();
        return std::string_view(m_chunks[ref.pos >> 16].get() + (ref.pos & 0xffff), ref.size);
    }
    QString toString(TextRef ref) const
    {
        const std::string_view text = view(ref);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    /// A point to roll back to.
    struct Mark
    {
        size_t chunks = 0;
        quint32 used = 0;
    };
    Mark mark() const { return Mark {m_chunks.size(), m_used}; }
    /// Forgets everything appended since \a mark; refs handed out since then become invalid.
    void rollback(const Mark &mark);
    void clear();

    /// Bytes held (chunks allocated), for memory accounting.
    size_t allocatedBytes() const { return m_allocated; }

private:
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::vector<quint32> m_capacities;
    quint32 m_used = 0; ///< bytes used in the last chunk
    size_t m_allocated = 0;
};
