// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/TextArena.h"

#include "models/ModelsLogging.h"

#include <cstring>
#include <limits>

namespace {

// The chunk index has 16 bits in a TextRef.
constexpr size_t MaxChunks = 1 << 16;

} // namespace

TextRef TextArena::append(std::string_view text)
{
    if (text.empty())
        return TextRef();
    if (text.size() > std::numeric_limits<quint32>::max())
        text = text.substr(0, std::numeric_limits<quint32>::max());
    const auto size = quint32(text.size());
    if (m_chunks.empty() || m_capacities.back() - m_used < size) {
        if (m_chunks.size() >= MaxChunks) {
            qCWarning(lcModels) << "text arena full; a string is shown empty";
            return TextRef();
        }
        const quint32 capacity = qMax(size, ChunkBytes);
        m_chunks.emplace_back(new char[capacity]);
        m_capacities.push_back(capacity);
        m_allocated += capacity;
        m_used = 0;
    }
    const auto chunk = quint32(m_chunks.size() - 1);
    std::memcpy(m_chunks.back().get() + m_used, text.data(), size);
    // Offsets inside a chunk fit 16 bits; a text larger than a chunk starts at offset 0.
    const TextRef ref {chunk << 16 | m_used, size};
    m_used += size;
    return ref;
}

void TextArena::rollback(const Mark &mark)
{
    while (m_chunks.size() > mark.chunks) {
        m_allocated -= m_capacities.back();
        m_chunks.pop_back();
        m_capacities.pop_back();
    }
    m_used = m_chunks.empty() ? 0 : mark.used;
}

void TextArena::clear()
{
    m_chunks.clear();
    m_chunks.shrink_to_fit();
    m_capacities.clear();
    m_capacities.shrink_to_fit();
    m_used = 0;
    m_allocated = 0;
}
