package org.distributionhub.supplier.adapters.in.web;

import org.distributionhub.supplier.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.mapstruct.Mapper;

/** Maps the API's purchase order request onto the use case's command (MapStruct writes the code). */
@Mapper(componentModel = "spring")
interface PurchaseOrderRequestMapper {

	IssuePurchaseOrderCommand toCommand(PurchaseOrderRequest request);

	IssuePurchaseOrderCommand.Line toLine(PurchaseOrderRequest.Line line);
}
