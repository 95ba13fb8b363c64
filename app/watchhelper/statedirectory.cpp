#include "statedirectory.h"

#include "historylog.h"

#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

// The names in the directory other than "." and "..", or false if it cannot be read.
bool entries(int directory, std::vector<std::string> *names)
{
    const int fd = ::dup(directory);
    if (fd < 0)
        return false;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    ::rewinddir(dir);
    while (dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..")
            names->push_back(name);
    }
    ::closedir(dir);
    return true;
}

} // namespace

std::string StateDirectory::choose(const std::string &option)
{
    if (!option.empty())
        return option;
    if (const char *fromSystemd = std::getenv("STATE_DIRECTORY")) {
        const std::string all = fromSystemd;
        const std::string first = all.substr(0, all.find(':'));
        if (!first.empty())
            return first;
    }
    return DefaultPath;
}

bool StateDirectory::account(uid_t *uid, gid_t *gid)
{
    const passwd *user = ::getpwnam(Account);
    if (!user)
        return false;
    *uid = user->pw_uid;
    *gid = user->pw_gid;
    return true;
}

int StateDirectory::open(const std::string &path, bool asRoot, uid_t uid, gid_t gid, std::string *whyNot)
{
    if (::mkdir(path.c_str(), 0750) != 0 && errno != EEXIST) {
        *whyNot = "cannot create the state directory " + path + ": " + std::strerror(errno);
        return -1;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *whyNot = "cannot open the state directory " + path + ": " + std::strerror(errno);
        return -1;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *whyNot = "cannot read the state directory " + path + ": " + std::strerror(errno);
        ::close(fd);
        return -1;
    }
    if (!asRoot || (st.st_uid == uid && st.st_gid == gid))
        return fd;
    // Root gives away only what root or the account already owns: never
    // another user's directory, which would become the account's.
    if (st.st_uid != 0 && st.st_uid != uid) {
        *whyNot = "the state directory " + path + " belongs to another user; it is not given to the " + Account + " user";
        ::close(fd);
        return -1;
    }
    std::vector<std::string> names;
    if (!entries(fd, &names)) {
        *whyNot = "cannot read the state directory " + path;
        ::close(fd);
        return -1;
    }
    for (const std::string &name : names) {
        if (!HistoryLog::isLogFileName(name)) {
            *whyNot = "the state directory " + path + " holds other files (" + name + "); it is not given to the " + Account
                + " user: name an empty or new directory";
            ::close(fd);
            return -1;
        }
    }
    for (const std::string &name : names) {
        // Through a descriptor of the file itself, checked first: a symbolic
        // or hard link named like a log file would otherwise hand its
        // target (any file of root's) to the account.
        const int file = ::openat(fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat fileStat;
        const bool plain = file >= 0 && ::fstat(file, &fileStat) == 0 && S_ISREG(fileStat.st_mode)
            && fileStat.st_nlink == 1 && (fileStat.st_uid == 0 || fileStat.st_uid == uid);
        const bool given = plain && ::fchown(file, uid, gid) == 0;
        const int error = errno;
        if (file >= 0)
            ::close(file);
        if (!given) {
            *whyNot = "cannot give " + name + " to the " + Account + " user: "
                + (plain || file < 0 ? std::string(std::strerror(error)) : std::string("not a plain file of its own"));
            ::close(fd);
            return -1;
        }
    }
    if (::fchown(fd, uid, gid) != 0 || ::fchmod(fd, 0750) != 0) {
        *whyNot = "cannot give the state directory " + path + " to the " + Account + " user: " + std::strerror(errno);
        ::close(fd);
        return -1;
    }
    return fd;
}
