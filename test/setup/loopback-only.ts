import net from 'node:net'

// Every server a test starts listens on 127.0.0.1; nothing may reach further.
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])
const connect = net.Socket.prototype.connect

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const [first] = args
  const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as {
    host?: string
    path?: string
  }
  if (options.path === undefined && options.host !== undefined && !LOOPBACK.has(options.host)) {
    throw new Error(`test tried to connect to ${options.host}: tests stay on 127.0.0.1`)
  }
  return connect.apply(this, args as Parameters<typeof connect>)
} as typeof connect
