# Fails when an object file of a wider kernel set (avx2, avx512) defines a global or weak symbol outside that
# set's own namespaces. Inline functions and template instantiations are weak: the linker keeps one copy for
# the whole program, so a shared one (say, a std:: template) compiled for AVX-512 could end up running on a
# CPU without it. The kernels' Eigen is renamed per set (core/CMakeLists.txt) to rule that out; this checks
# that nothing else slipped in.
#   cmake -DNM=nm -DSET=avx512 "-DOBJECTS=a.o|b.o" -P CheckKernelSymbols.cmake
string(REPLACE "|" ";" objects "${OBJECTS}")
set(bad "")
foreach(obj ${objects})
  execute_process(COMMAND ${NM} -C --defined-only "${obj}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} failed on ${obj}")
  endif()
  string(REPLACE "\n" ";" lines "${out}")
  foreach(line ${lines})
    # address, type letter, name; lower-case letters other than v/w/u are local symbols
    if(NOT line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) (.*)$")
      continue()
    endif()
    set(type "${CMAKE_MATCH_1}")
    set(name "${CMAKE_MATCH_2}")
    if(type MATCHES "^[a-tx-z]$")
      continue()
    endif()
    if(name MATCHES "neurona_eigen_${SET}|neurona::kernels::${SET}" OR name STREQUAL "DW.ref.__gxx_personality_v0")
      continue()
    endif()
    # AddressSanitizer's one-definition-rule marker of a global names it mangled (nm -C leaves it so):
    # __odr_asan._ZN7neurona7kernels4avx27kTablesE belongs to the set's own kTables.
    string(LENGTH "${SET}" set_length)
    if(name MATCHES "^__odr_asan[._]" AND (name MATCHES "7neurona7kernels${set_length}${SET}" OR name MATCHES "neurona_eigen_${SET}"))
      continue()
    endif()
    list(APPEND bad "${type} ${name}")
  endforeach()
endforeach()
if(bad)
  list(JOIN bad "\n  " text)
  message(FATAL_ERROR "the ${SET} kernels define symbols that other code could share:\n  ${text}")
endif()
message(STATUS "the ${SET} kernels keep to their own namespaces")
