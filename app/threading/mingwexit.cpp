// MinGW-w64 builds (GCC 12, POSIX threads): how a process ends.
//
// With this toolchain a thread that ends runs winpthread's key destructors
// in the order the keys were made, so the emulated thread-local storage
// (libgcc's emutls) is freed before libstdc++ runs the thread's C++
// thread_local destructors; one of those (Qt's, for instance the regular
// expression JIT stack) then reads freed memory. The crash is swallowed in
// the thread's exit, but it leaves winpthread's key lock held, and at the
// process's end libstdc++'s DLL detach waits for that lock for ever: the
// program has done everything and never exits (seen under Wine 8 in every
// program whose worker threads had ended, and expected on Windows too).
//
// So exit() (which main()'s return calls) is wrapped, with the linker's
// --wrap=exit: it does what exit() does for this program (flushes stdio,
// runs the atexit functions and static destructors of the executable), then
// ends the process with its status without the DLLs' detach, which is the
// step that waits. Nothing this program writes is left unwritten: files are
// closed by their owners before main() returns.

#include <windows.h>

#include <cstdlib>
#include <process.h> // _cexit

extern "C" {

[[noreturn]] void __real_exit(int status);

[[noreturn]] void __wrap_exit(int status)
{
    ::_cexit();
    ::TerminateProcess(::GetCurrentProcess(), UINT(status));
    __real_exit(status); // not reached
}

} // extern "C"
