package org.distributionhub.order.adapters.in.web;

import org.distributionhub.order.ports.in.OrderCommand;
import org.mapstruct.Mapper;

/** Maps the API's order request onto the intake's command (MapStruct writes the code). */
@Mapper(componentModel = "spring")
interface OrderRequestMapper {

	OrderCommand toCommand(OrderRequest request);

	OrderCommand.Line toLine(OrderRequest.Line line);
}
