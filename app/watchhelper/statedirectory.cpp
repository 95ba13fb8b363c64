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
    if (!asRoot || (::fstat(fd, &st) == 0 && st.st_uid == uid && st.st_gid == gid))
        return fd;
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
        if (::fchownat(fd, name.c_str(), uid, gid, AT_SYMLINK_NOFOLLOW) != 0) {
            *whyNot = "cannot give " + name + " to the " + Account + " user: " + std::strerror(errno);
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
