#ifndef CDOC_HISTORYLOG_H
#define CDOC_HISTORYLOG_H

#include <cstdint>
#include <string>
#include <vector>

// The background watch's log: JSON lines in files resets-YYYYMMDDTHHMMSSZ.jsonl
// (the UTC time each was started) in the state directory, each starting
// with the helper's hello line. Bounded three ways, oldest file first:
// files older than MaxAge go, the directory's total stays under the cap,
// and a file is closed at MaxFileBytes or at UTC midnight. A storm of
// resets cannot push the whole history out: reset lines pass a byte
// budget per minute (the cap / 128, about two hours of storm to fill it),
// and what the budget or the cap turned away is counted (dropped()).
//
// Writing never waits on the disk for long: one write() per line on an
// O_APPEND descriptor (a crash tears at most the line being written; a
// short write, a full disk, is cut back off), fdatasync at most every
// SyncInterval. Files are mode 0640: the connection-doctor group reads
// them, nobody else. Everything goes through the directory's descriptor,
// opened before the helper gave up its privileges.
class HistoryLog
{
public:
    struct Limits
    {
        std::uint64_t maxTotalBytes = 32ull << 20;
        std::uint64_t maxFileBytes = 4ull << 20;
        std::uint64_t maxAgeMs = 7ull * 24 * 3600 * 1000;
        std::uint64_t resetBytesPerMinute = 0; // 0: maxTotalBytes / 128
        std::uint64_t syncIntervalMs = 5000;
    };
    static constexpr std::uint64_t MinTotalBytes = 64 * 1024;

    // Takes ownership of `directoryFd`.
    HistoryLog(int directoryFd, const Limits &limits);
    ~HistoryLog();
    HistoryLog(const HistoryLog &) = delete;
    HistoryLog &operator=(const HistoryLog &) = delete;

    // The first line of every file (the hello).
    void setHeader(const std::string &line) { m_header = line; }
    // Removes what is too old or too much, and starts a new file.
    bool open(std::uint64_t nowMs, std::string *whyNot);
    // A reset line: within the per-minute budget and the cap, or counted.
    bool addReset(const std::string &line, std::uint64_t nowMs);
    // Any other line (stats): within the cap only.
    bool addLine(const std::string &line, std::uint64_t nowMs);
    // Now and then: fdatasync, midnight, files grown too old.
    void maintain(std::uint64_t nowMs);
    // Syncs and closes the current file.
    void close();

    std::uint64_t dropped() const { return m_dropped; }
    std::uint64_t removedFiles() const { return m_removedFiles; }
    std::uint64_t totalBytes() const;
    std::string currentFile() const { return m_files.empty() || m_fd < 0 ? std::string() : m_files.back().name; }

    static bool isLogFileName(const std::string &name);
    static std::string fileName(std::uint64_t startMs);

private:
    struct File
    {
        std::string name; // sorts by time
        std::uint64_t bytes = 0;
    };
    bool startFile(std::uint64_t nowMs, std::string *whyNot);
    void closeCurrent();
    bool write(const std::string &line, std::uint64_t nowMs);
    void scan();
    void removeOldest(std::uint64_t needBytes);
    void removeExpired(std::uint64_t nowMs);
    void remove(std::size_t index);
    void syncDirectory();

    int m_directory;
    Limits m_limits;
    std::string m_header;
    std::vector<File> m_files; // oldest first; the last is the current one while m_fd >= 0
    int m_fd = -1;
    std::uint64_t m_fileDay = 0;   // UTC day of the current file
    bool m_dirty = false;
    std::uint64_t m_syncedAtMs = 0;
    std::uint64_t m_expiryCheckedAtMs = 0;
    std::uint64_t m_retryAtMs = 0;
    bool m_closed = true;
    double m_budget = 0;            // bytes the reset lines may still use
    std::uint64_t m_budgetAtMs = 0;
    std::uint64_t m_dropped = 0;
    std::uint64_t m_removedFiles = 0;
};

#endif // CDOC_HISTORYLOG_H
