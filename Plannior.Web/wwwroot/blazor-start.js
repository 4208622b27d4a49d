// Starts Blazor's circuit on a WebSocket without the negotiate request. With several web replicas behind a front
// door that spreads requests, negotiate and the socket it names can land on different replicas; one socket cannot.
// (The page itself may come from another replica: its component markers are protected with the shared keys.)
Blazor.start({
    circuit: {
        configureSignalR: function (builder) {
            builder.withUrl("_blazor", { skipNegotiation: true, transport: 1 /* WebSockets */ });
        }
    }
});
