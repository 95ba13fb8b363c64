#include "historylog.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {
constexpr std::uint64_t DayMs = 24ull * 3600 * 1000;
constexpr std::uint64_t ExpiryCheckMs = 60000;
constexpr std::uint64_t RetryMs = 60000;
constexpr mode_t FileMode = 0640;
constexpr const char *Prefix = "resets-";
constexpr const char *Suffix = ".jsonl";
} // namespace

HistoryLog::HistoryLog(int directoryFd, const Limits &limits)
    : m_directory(directoryFd)
    , m_limits(limits)
{
    // A file may hold at most a quarter of the cap, so that removing older
    // files always makes room within it.
    m_limits.maxTotalBytes = std::max(m_limits.maxTotalBytes, MinTotalBytes);
    m_limits.maxFileBytes = std::min(m_limits.maxFileBytes, m_limits.maxTotalBytes / 4);
    if (m_limits.resetBytesPerMinute == 0)
        m_limits.resetBytesPerMinute = m_limits.maxTotalBytes / 128;
    m_budget = double(m_limits.resetBytesPerMinute);
}

HistoryLog::~HistoryLog()
{
    close();
    if (m_directory >= 0)
        ::close(m_directory);
}

bool HistoryLog::isLogFileName(const std::string &name)
{
    // resets-20250101T000000Z.jsonl
    const std::size_t prefix = std::strlen(Prefix), suffix = std::strlen(Suffix);
    if (name.size() != prefix + 16 + suffix || name.compare(0, prefix, Prefix) != 0
        || name.compare(name.size() - suffix, suffix, Suffix) != 0)
        return false;
    for (std::size_t i = 0; i < 16; ++i) {
        const char c = name[prefix + i];
        const bool ok = i == 8 ? c == 'T' : i == 15 ? c == 'Z' : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

std::string HistoryLog::fileName(std::uint64_t startMs)
{
    const time_t seconds = time_t(startMs / 1000);
    tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%s%04d%02d%02dT%02d%02d%02dZ%s", Prefix, utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min, utc.tm_sec, Suffix);
    return text;
}

std::uint64_t HistoryLog::totalBytes() const
{
    std::uint64_t total = 0;
    for (const File &f : m_files)
        total += f.bytes;
    return total;
}

void HistoryLog::scan()
{
    m_files.clear();
    const int fd = ::dup(m_directory);
    if (fd < 0)
        return;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return;
    }
    ::rewinddir(dir); // the duplicate shares the original's position
    while (dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        struct stat st;
        if (!isLogFileName(name) || ::fstatat(m_directory, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        m_files.push_back({name, std::uint64_t(st.st_size)});
    }
    ::closedir(dir);
    std::sort(m_files.begin(), m_files.end(), [](const File &a, const File &b) { return a.name < b.name; });
}

void HistoryLog::remove(std::size_t index)
{
    if (::unlinkat(m_directory, m_files[index].name.c_str(), 0) == 0 || errno == ENOENT)
        ++m_removedFiles;
    m_files.erase(m_files.begin() + std::ptrdiff_t(index));
}

void HistoryLog::removeOldest(std::uint64_t needBytes)
{
    // Never the current file (the last while it is open).
    const std::size_t keep = m_fd >= 0 ? 1 : 0;
    bool removed = false;
    while (m_files.size() > keep && totalBytes() + needBytes > m_limits.maxTotalBytes) {
        remove(0);
        removed = true;
    }
    if (removed)
        syncDirectory();
}

void HistoryLog::removeExpired(std::uint64_t nowMs)
{
    m_expiryCheckedAtMs = nowMs;
    // By the last write (mtime): a file holds at most one UTC day.
    bool removed = false;
    for (std::size_t i = 0; i + (m_fd >= 0 ? 1 : 0) < m_files.size();) {
        struct stat st;
        if (::fstatat(m_directory, m_files[i].name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            m_files.erase(m_files.begin() + std::ptrdiff_t(i));
            continue;
        }
        const std::uint64_t modifiedMs = std::uint64_t(st.st_mtim.tv_sec) * 1000 + std::uint64_t(st.st_mtim.tv_nsec) / 1000000;
        if (modifiedMs + m_limits.maxAgeMs < nowMs) {
            remove(i);
            removed = true;
            continue;
        }
        ++i;
    }
    if (removed)
        syncDirectory();
}

void HistoryLog::syncDirectory()
{
    // A new or removed file survives a power loss only with its directory.
    ::fsync(m_directory);
}

bool HistoryLog::open(std::uint64_t nowMs, std::string *whyNot)
{
    m_closed = false;
    scan();
    removeExpired(nowMs);
    m_budgetAtMs = nowMs;
    return startFile(nowMs, whyNot);
}

bool HistoryLog::startFile(std::uint64_t nowMs, std::string *whyNot)
{
    closeCurrent();
    m_retryAtMs = nowMs + RetryMs;
    removeOldest(m_header.size() + 1 + 1);
    // Every run and every rotation starts a file of its own: a file torn
    // by a crash is never written to again. Two in the same second take
    // the next free second's name.
    std::string name;
    int fd = -1;
    for (int attempt = 0; attempt < 60 && fd < 0; ++attempt) {
        name = fileName(nowMs + std::uint64_t(attempt) * 1000);
        fd = ::openat(m_directory, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC | O_NOFOLLOW, FileMode);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        if (whyNot)
            *whyNot = "cannot create " + name + " in the state directory: " + std::strerror(errno);
        return false;
    }
    ::fchmod(fd, FileMode); // whatever the umask: the group reads
    m_fd = fd;
    m_files.push_back({name, 0});
    m_fileDay = nowMs / DayMs;
    syncDirectory();
    if (!m_header.empty())
        write(m_header, nowMs);
    return true;
}

bool HistoryLog::write(const std::string &line, std::uint64_t nowMs)
{
    if (m_fd < 0)
        return false;
    const std::string text = line + "\n";
    File &current = m_files.back();
    // Rotate unless the file holds only its hello (a line too long for any
    // file then goes in whole rather than rotating for ever).
    const bool onlyHeader = current.bytes <= m_header.size() + 1;
    if (!onlyHeader && (current.bytes + text.size() > m_limits.maxFileBytes || nowMs / DayMs != m_fileDay)) {
        if (!startFile(nowMs, nullptr))
            return false;
        return write(line, nowMs);
    }
    removeOldest(text.size());
    if (totalBytes() + text.size() > m_limits.maxTotalBytes)
        return false; // a line larger than any file may be
    const ssize_t n = ::write(m_fd, text.data(), text.size());
    if (n == ssize_t(text.size())) {
        m_files.back().bytes += text.size();
        m_dirty = true;
        return true;
    }
    // A short write (the disk is full): cut it back off, so the next
    // line does not start inside a torn one.
    if (n > 0 && ::ftruncate(m_fd, off_t(m_files.back().bytes)) != 0)
        m_files.back().bytes += std::uint64_t(n);
    return false;
}

bool HistoryLog::addReset(const std::string &line, std::uint64_t nowMs)
{
    // The budget refills continuously, up to one minute's worth.
    if (nowMs > m_budgetAtMs) {
        m_budget = std::min(double(m_limits.resetBytesPerMinute),
                            m_budget + double(nowMs - m_budgetAtMs) * double(m_limits.resetBytesPerMinute) / 60000.0);
        m_budgetAtMs = nowMs;
    }
    const double cost = double(line.size() + 1);
    if (m_budget < cost || !write(line, nowMs)) {
        ++m_dropped;
        return false;
    }
    m_budget -= cost;
    return true;
}

bool HistoryLog::addLine(const std::string &line, std::uint64_t nowMs)
{
    return write(line, nowMs);
}

void HistoryLog::maintain(std::uint64_t nowMs)
{
    if (m_fd >= 0 && m_dirty && nowMs >= m_syncedAtMs + m_limits.syncIntervalMs) {
        ::fdatasync(m_fd);
        m_dirty = false;
        m_syncedAtMs = nowMs;
    }
    if (m_fd >= 0 && nowMs / DayMs != m_fileDay)
        startFile(nowMs, nullptr);
    // A file that could not be started (a full disk): try again now and then.
    if (m_fd < 0 && !m_closed && nowMs >= m_retryAtMs)
        startFile(nowMs, nullptr);
    if (nowMs >= m_expiryCheckedAtMs + ExpiryCheckMs)
        removeExpired(nowMs);
}

void HistoryLog::close()
{
    m_closed = true;
    closeCurrent();
}

void HistoryLog::closeCurrent()
{
    if (m_fd < 0)
        return;
    ::fdatasync(m_fd);
    ::close(m_fd);
    m_fd = -1;
    m_dirty = false;
}
