#ifndef CDOC_METATYPES_H
#define CDOC_METATYPES_H

// Registers the core's value types with the meta-type system once, so they
// can travel through queued connections between threads.
void registerCoreMetaTypes();

#endif // CDOC_METATYPES_H
