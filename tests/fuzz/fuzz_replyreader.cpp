// libFuzzer target: a server's reply as the probes read it (HTTP status,
// headers, lengths, chunks, greetings), fed in pieces as the network does.
// The first byte chooses the mode and the piece size.

#include "fuzzinput.h"
#include "probe/replyreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const ReplyReader::Mode mode = data[0] & 1 ? ReplyReader::Mode::Greeting : ReplyReader::Mode::Http;
    const qsizetype piece = 1 + (data[0] >> 1);
    const QByteArray reply = FuzzInput::bytes(data + 1, size - 1);
    ReplyReader reader(mode);
    for (qsizetype at = 0; at < reply.size() && !reader.isComplete(); at += piece)
        reader.feed(reply.mid(at, piece));
    (void)reader.httpStatus();
    (void)reader.keepsAlive();
    (void)reader.completesOnClose();
    return 0;
}
