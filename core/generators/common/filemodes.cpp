#include "core/generators/common/filemodes.h"

namespace FileModes {

QFileDevice::Permissions permissions(int mode)
{
    QFileDevice::Permissions p;
    const struct
    {
        int bit;
        QFileDevice::Permission perm;
    } table[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner},
        {0100, QFileDevice::ExeOwner},  {0040, QFileDevice::ReadGroup},
        {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther}, {0002, QFileDevice::WriteOther},
        {0001, QFileDevice::ExeOther},
    };
    for (const auto &entry : table) {
        if (mode & entry.bit)
            p |= entry.perm;
    }
    return p;
}

} // namespace FileModes
